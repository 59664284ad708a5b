/** One undoable step: what rebuilds a neighbouring state, with the label of the edit. */
export interface HistoryEntry<S> {
  step: S
  label: string
}

/**
 * How a history keeps its steps: `between(from, to)` is what turns `from` into `to`, and
 * `apply(from, step)` turns it. Whole states are simplest; only what each edit changed keeps a long
 * session small when every state holds a large list.
 */
export interface HistorySteps<T, S> {
  between(from: T, to: T): S
  apply(from: T, step: S): T
}

/** Steps that are the states themselves. */
const wholeStates: HistorySteps<unknown, unknown> = { between: (_from, to) => to, apply: (_from, step) => step }

/**
 * Undo/redo over immutable states. Each recorded edit is one step, so a whole drag that is
 * committed once on release undoes in one step. Each past step rebuilds the state before it from
 * the one after it, and each future step the state after it from the one before.
 */
export interface History<T, S = T> {
  past: readonly HistoryEntry<S>[]
  present: T
  presentLabel: string
  future: readonly HistoryEntry<S>[]
  steps: HistorySteps<T, S>
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

/** Starts a history at a state with nothing to undo; it keeps whole states unless given its steps. */
export function startHistory<T, S = T>(state: T, steps: HistorySteps<T, S> = wholeStates as HistorySteps<T, S>): History<T, S> {
  return { past: [], present: state, presentLabel: '', future: [], steps }
}

/** Whether an edit marked `coalesce` joins the step that made the present instead of opening its own. */
export function joinsOpenStep<T, S>(history: History<T, S>, coalesce: Coalesce | undefined, windowMs = COALESCE_WINDOW_MS): boolean {
  const open = history.open
  if (!coalesce || !open || history.past.length === 0) return false
  const gap = coalesce.at - open.at
  return open.key === coalesce.key && gap >= 0 && gap <= windowMs
}

/**
 * Records a new present; an edit that changed nothing is not a step. An edit marked `coalesce`
 * replaces the present of the step it joins (see `joinsOpenStep`), so that step undoes all of it.
 */
export function record<T, S>(history: History<T, S>, next: T, label: string, options: RecordOptions = {}): History<T, S> {
  if (Object.is(next, history.present)) return history
  const { limit = HISTORY_LIMIT, coalesce, windowMs } = options
  const { steps, past, present } = history
  const open = coalesce ?? null
  const joined = past.at(-1)
  if (joined && joinsOpenStep(history, coalesce, windowMs)) {
    // The joined step must now rebuild the state before it from the new present.
    const before = steps.apply(present, joined.step)
    return { ...history, past: [...past.slice(0, -1), { ...joined, step: steps.between(next, before) }], present: next, presentLabel: label, future: [], open }
  }
  const longer = [...past, { step: steps.between(next, present), label: history.presentLabel }]
  return { ...history, past: longer.length > limit ? longer.slice(longer.length - limit) : longer, present: next, presentLabel: label, future: [], open }
}

/** Steps back one edit, if there is one. */
export function undo<T, S>(history: History<T, S>): History<T, S> {
  const { past, present, steps } = history
  const previous = past.at(-1)
  if (!previous) return history
  const state = steps.apply(present, previous.step)
  const forward = { step: steps.between(state, present), label: history.presentLabel }
  return { ...history, past: past.slice(0, -1), present: state, presentLabel: previous.label, future: [forward, ...history.future], open: null }
}

/** Steps forward again after an undo. */
export function redo<T, S>(history: History<T, S>): History<T, S> {
  const { future, present, steps } = history
  const next = future[0]
  if (!next) return history
  const state = steps.apply(present, next.step)
  const back = { step: steps.between(state, present), label: history.presentLabel }
  return { ...history, past: [...history.past, back], present: state, presentLabel: next.label, future: future.slice(1), open: null }
}

/** The label of the edit that undo would revert, for menus and tooltips. */
export const undoLabel = <T, S>(history: History<T, S>): string | null => (history.past.length ? history.presentLabel : null)

/** The label of the edit that redo would re-apply. */
export const redoLabel = <T, S>(history: History<T, S>): string | null => history.future[0]?.label ?? null
