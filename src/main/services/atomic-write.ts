import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { type AppError, type Result, fail, ok } from '../../core/result'
import { type FileSystem, type WritableHandle, errorCode, nodeFileSystem } from './durable-fs'

/** Codes that antivirus, backup and sync tools cause by holding a file for a moment. */
const TRANSIENT_CODES = new Set(['EPERM', 'EBUSY', 'EACCES', 'EAGAIN'])
const TEMP_SUFFIX = '.coalition-tmp'
/** Room kept free beyond the file itself, so a save never fills a disk to the last byte. */
const SPARE_BYTES = 1024 * 1024

/** What a file is written from: text, bytes, or bytes in pieces written in order without joining them first. */
export type FileContent = string | Uint8Array | readonly Uint8Array[]

export interface AtomicWriteOptions {
  fs?: FileSystem
  /** Delays between retries of a step that failed with a transient code. */
  retryDelaysMs?: readonly number[]
  sleep?: (ms: number) => Promise<void>
}

const DEFAULT_RETRY_DELAYS = [20, 50, 100, 200, 400, 800] as const
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** True for the temp files that an interrupted save leaves behind. */
export const isTempFileName = (name: string): boolean => name.startsWith('.') && name.endsWith(TEMP_SUFFIX)

/**
 * Replaces `target` with `data` so that a crash or power cut leaves either the old file or the new
 * one, never a mix: write a temp file beside it, fsync it, rename it over the old file (which is
 * never deleted first), then fsync the folder. Transient locks are retried with backoff.
 */
export async function writeFileAtomic(target: string, data: FileContent, options: AtomicWriteOptions = {}): Promise<Result<null>> {
  const fs = options.fs ?? nodeFileSystem
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS
  const sleep = options.sleep ?? realSleep
  const folder = dirname(target)
  const pieces = typeof data === 'string' ? [Buffer.from(data, 'utf8')] : data instanceof Uint8Array ? [data] : data
  const bytes = pieces.reduce((sum, piece) => sum + piece.byteLength, 0)

  const free = await fs.freeBytes(folder)
  if (free !== null && free < bytes + SPARE_BYTES) {
    return fail('no-space', `There is not enough free disk space to save (needs ${formatBytes(bytes)}). Free some space; the last saved version is untouched.`)
  }

  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`)
  try {
    await withRetry(async () => {
      const handle = await fs.open(temp, 'w')
      try {
        await writeAll(handle, pieces)
        await handle.sync()
      } finally {
        await handle.close()
      }
    }, delays, sleep)
    await withRetry(() => fs.rename(temp, target), delays, sleep)
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    return { ok: false, error: describeWriteError(error) }
  }
  // The new file is in place; a folder that cannot be synced only weakens durability, not correctness.
  await fs.syncDirectory(folder).catch(() => undefined)
  return ok(null)
}

/** Writes every piece in order, going on after a write that wrote only part of what it was given. */
async function writeAll(handle: WritableHandle, pieces: readonly Uint8Array[]): Promise<void> {
  let rest = pieces.filter((piece) => piece.byteLength > 0)
  while (rest.length > 0) {
    const { bytesWritten } = await handle.writev(rest)
    // A regular file takes at least one byte or fails; one that took none would loop here forever.
    if (bytesWritten <= 0) throw Object.assign(new Error('The file took none of the bytes written to it.'), { code: 'EIO' })
    rest = withoutFirstBytes(rest, bytesWritten)
  }
}

/** The pieces that are left once their first `count` bytes are written. */
function withoutFirstBytes(pieces: readonly Uint8Array[], count: number): Uint8Array[] {
  const rest: Uint8Array[] = []
  let skip = count
  for (const piece of pieces) {
    if (skip >= piece.byteLength) {
      skip -= piece.byteLength
    } else {
      rest.push(skip > 0 ? piece.subarray(skip) : piece)
      skip = 0
    }
  }
  return rest
}

/** Runs a file-system step, retrying it with growing waits while it fails with a transient lock code. */
export async function withRetry<T>(step: () => Promise<T>, delays: readonly number[] = DEFAULT_RETRY_DELAYS, sleep: (ms: number) => Promise<void> = realSleep): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await step()
    } catch (error) {
      const code = errorCode(error)
      const delay = delays[attempt]
      if (delay === undefined || !code || !TRANSIENT_CODES.has(code)) throw error
      await sleep(delay)
    }
  }
}

/** Turns a file-system error into a message that says what happened and that the old file is safe. */
export function describeWriteError(error: unknown): AppError {
  const safe = 'The last saved version is untouched.'
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'no-space', message: `The disk is full, so the workshop could not be saved. ${safe}` }
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return {
        code: 'permission',
        message: `Coalition is not allowed to write in the workshops folder (it may be read-only or locked by another program). ${safe}`,
      }
    case 'EBUSY':
      return { code: 'io', message: `Another program is holding the workshop file. ${safe}` }
    default:
      return { code: 'io', message: `The workshop could not be saved (${errorCode(error) ?? 'unknown error'}). ${safe}` }
  }
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
