import type { HistorySteps } from '../history'
import type { Stakeholder, Workshop } from './schema'
import { type WorkshopChanges, applyWorkshopChanges, diffWorkshop } from './workshop-changes'

/**
 * How the list's order changed: the people who left and those who arrived, each at its place in the
 * new list. An add, a paste or a delete then costs its own people, not a copy of the whole order.
 */
interface OrderChange {
  removed: string[]
  inserted: { index: number; id: string }[]
}

/** One undo step of a workshop: the changed fields and people, and the order only if it changed. */
export interface WorkshopStep {
  fields: WorkshopChanges['fields']
  changed: Stakeholder[]
  order: OrderChange | string[] | null
}

/** The removals and arrivals that turn `from`'s order into `to`'s; null when someone also moved. */
function orderChange(from: readonly Stakeholder[], to: readonly string[]): OrderChange | null {
  const arriving = new Set(to)
  const staying = new Set(from.map((s) => s.id))
  const removed = from.filter((s) => !arriving.has(s.id)).map((s) => s.id)
  const inserted = to.flatMap((id, index) => (staying.has(id) ? [] : [{ index, id }]))
  const kept = from.filter((s) => arriving.has(s.id))
  const rest = to.filter((id) => staying.has(id))
  return kept.every((s, i) => s.id === rest[i]) ? { removed, inserted } : null
}

const isOrderChange = (order: WorkshopStep['order']): order is OrderChange => order !== null && 'removed' in order

/** The whole order an order change describes against `from`'s. */
function orderAfter(from: readonly Stakeholder[], change: OrderChange): string[] {
  const removed = new Set(change.removed)
  const ids = from.filter((s) => !removed.has(s.id)).map((s) => s.id)
  for (const { index, id } of change.inserted) ids.splice(index, 0, id)
  return ids
}

/**
 * Undo steps that keep what an edit changed rather than the whole workshop: a past state of a
 * 2,000-person workshop would hold a new list of 2,000 entries, a step holds the people it touched.
 * The people and sections a step restores are the very objects of that state, so what did not
 * change keeps its identity for the renderer and for the autosave's diff.
 */
export const workshopSteps: HistorySteps<Workshop, WorkshopStep> = {
  between(from, to) {
    const { fields, stakeholders } = diffWorkshop(from, to)
    const order = stakeholders.order && (orderChange(from.stakeholders, stakeholders.order) ?? stakeholders.order)
    return { fields, changed: stakeholders.changed, order }
  },
  apply(from, { fields, changed, order }) {
    const whole = isOrderChange(order) ? orderAfter(from.stakeholders, order) : order
    const applied = applyWorkshopChanges(from, { fields, stakeholders: { order: whole, changed } })
    // A step is only ever applied to the state it was taken from.
    if (!applied.ok) throw new Error(applied.error.message)
    return applied.value
  },
}
