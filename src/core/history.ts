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
}

export const HISTORY_LIMIT = 500

/** Starts a history at a state with nothing to undo. */
export function startHistory<T>(state: T): History<T> {
  return { past: [], present: state, presentLabel: '', future: [] }
}

/** Records a new present; an edit that changed nothing is not a step. */
export function record<T>(history: History<T>, next: T, label: string, limit = HISTORY_LIMIT): History<T> {
  if (Object.is(next, history.present)) return history
  const past = [...history.past, { state: history.present, label: history.presentLabel }]
  return {
    past: past.length > limit ? past.slice(past.length - limit) : past,
    present: next,
    presentLabel: label,
    future: [],
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
