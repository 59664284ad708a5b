/** An undoable state with the label of the edit that produced it. */
export interface HistoryEntry<T> {
  state: T
  label: string
}

/**
 * Undo/redo over immutable states. Each recorded edit is one step, so a whole drag that is
 * committed once on release undoes in one step. Structural sharing keeps old states cheap.
 */
export interface History<T> {
  past: readonly HistoryEntry<T>[]
  present: T
  presentLabel: string
  future: readonly HistoryEntry<T>[]
  /** The coalescing key and time of the edit that made the present, while later edits may still join it. */
  open?: Coalesce | null
}

export const HISTORY_LIMIT = 500

/** A pause longer than this between two edits with the same key starts a new step. */
export const COALESCE_WINDOW_MS = 1000

/**
 * Marks an edit that may join the step before it: same key, and at most the window since the
 * previous such edit (a held arrow key, or quick presses, nudging one person).
 */
export interface Coalesce {
  key: string
  /** A monotonic time in milliseconds, passed in so the history stays pure. */
  at: number
}

export interface RecordOptions {
  limit?: number
  coalesce?: Coalesce
  windowMs?: number
}

/** Starts a history at a state with nothing to undo. */
export function startHistory<T>(state: T): History<T> {
  return { past: [], present: state, presentLabel: '', future: [] }
}

/** Whether an edit marked `coalesce` joins the step that made the present instead of opening its own. */
export function joinsOpenStep<T>(history: History<T>, coalesce: Coalesce | undefined, windowMs = COALESCE_WINDOW_MS): boolean {
  const open = history.open
  if (!coalesce || !open || history.past.length === 0) return false
  const gap = coalesce.at - open.at
  return open.key === coalesce.key && gap >= 0 && gap <= windowMs
}

/**
 * Records a new present; an edit that changed nothing is not a step. An edit marked `coalesce`
 * replaces the present of the step it joins (see `joinsOpenStep`), so that step undoes all of it.
 */
export function record<T>(history: History<T>, next: T, label: string, options: RecordOptions = {}): History<T> {
  if (Object.is(next, history.present)) return history
  const { limit = HISTORY_LIMIT, coalesce, windowMs } = options
  const open = coalesce ?? null
  if (joinsOpenStep(history, coalesce, windowMs)) return { past: history.past, present: next, presentLabel: label, future: [], open }
  const past = [...history.past, { state: history.present, label: history.presentLabel }]
  return {
    past: past.length > limit ? past.slice(past.length - limit) : past,
    present: next,
    presentLabel: label,
    future: [],
    open,
  }
}

/** Steps back one edit, if there is one. */
export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1)
  if (!previous) return history
  return {
    past: history.past.slice(0, -1),
    present: previous.state,
    presentLabel: previous.label,
    future: [{ state: history.present, label: history.presentLabel }, ...history.future],
  }
}

/** Steps forward again after an undo. */
export function redo<T>(history: History<T>): History<T> {
  const next = history.future[0]
  if (!next) return history
  return {
    past: [...history.past, { state: history.present, label: history.presentLabel }],
    present: next.state,
    presentLabel: next.label,
    future: history.future.slice(1),
  }
}

/** The label of the edit that undo would revert, for menus and tooltips. */
export const undoLabel = <T>(history: History<T>): string | null => (history.past.length ? history.presentLabel : null)

/** The label of the edit that redo would re-apply. */
export const redoLabel = <T>(history: History<T>): string | null => history.future[0]?.label ?? null
