/** Codes the UI can act on; every failure that crosses IPC carries one. */
export type ErrorCode =
  | 'invalid-request'
  | 'not-found'
  | 'already-exists'
  | 'not-a-workshop'
  | 'newer-version'
  | 'too-large'
  | 'conflict'
  /** Saved changes were made against a version the host does not hold: save the whole workshop. */
  | 'out-of-step'
  | 'locked'
  | 'no-space'
  | 'permission'
  | 'io'
  | 'unsupported'
  | 'forbidden'
  | 'internal'

export interface AppError {
  code: ErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

/** Wraps a value as a success. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value })

/** Wraps a code and a human-readable message as a failure. */
export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => ({
  ok: false,
  error: { code, message },
})
