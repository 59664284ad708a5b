import { z } from 'zod'
import { type Result, fail, ok } from '../result'
import { id } from './fields'
import { LIMITS, type Stakeholder, type Workshop, stakeholderSchema, workshopSchema } from './schema'

/**
 * What an edit changed in a workshop, to save it without sending or validating the rest: the
 * top-level fields and sections that are new, and the stakeholders that are new or changed. The
 * stakeholders' order is sent only when it changed (an add, a delete or a reorder).
 */
export const workshopChangesSchema = z.strictObject({
  fields: workshopSchema.omit({ stakeholders: true }).partial(),
  stakeholders: z.strictObject({
    order: z.array(id).max(LIMITS.stakeholders, `holds more than ${LIMITS.stakeholders} stakeholders`).nullable(),
    changed: z.array(stakeholderSchema).max(LIMITS.stakeholders, `holds more than ${LIMITS.stakeholders} stakeholders`),
  }),
})

export type WorkshopChanges = z.infer<typeof workshopChangesSchema>
type Fields = WorkshopChanges['fields']

/**
 * The changes that turn `saved` into `present`. Edits are immutable (immer), so whatever an edit did
 * not touch is the very same object: comparing by identity finds the changes without a deep walk.
 */
export function diffWorkshop(saved: Workshop, present: Workshop): WorkshopChanges {
  const fields: Record<string, unknown> = {}
  for (const key of Object.keys(present) as (keyof Workshop)[]) {
    if (key !== 'stakeholders' && present[key] !== saved[key]) fields[key] = present[key]
  }
  return { fields: fields as Fields, stakeholders: diffStakeholders(saved.stakeholders, present.stakeholders) }
}

function diffStakeholders(saved: readonly Stakeholder[], present: readonly Stakeholder[]): WorkshopChanges['stakeholders'] {
  if (saved === present) return { order: null, changed: [] }
  // Most edits change people in place: then a walk side by side finds them without a lookup table.
  if (saved.length === present.length) {
    const changed: Stakeholder[] = []
    let inPlace = true
    present.forEach((s, i) => {
      if (s === saved[i]) return
      if (s.id !== saved[i]?.id) inPlace = false
      changed.push(s)
    })
    if (inPlace) return { order: null, changed }
  }
  const savedById = new Map(saved.map((s) => [s.id, s]))
  const changed = present.filter((s) => savedById.get(s.id) !== s)
  const sameOrder = saved.length === present.length && present.every((s, i) => s.id === saved[i]?.id)
  return { order: sameOrder ? null : present.map((s) => s.id), changed }
}

/** True when the changes change nothing. */
export const isUnchanged = (changes: WorkshopChanges): boolean =>
  Object.keys(changes.fields).length === 0 && changes.stakeholders.order === null && changes.stakeholders.changed.length === 0

/**
 * Applies validated changes to the workshop they were made against. Each changed part has passed
 * its own schema; what the whole-workshop schema checks across stakeholders (ids unique, the list
 * within its limit) is checked here, so the result is as valid as a workshop that passed it whole.
 */
export function applyWorkshopChanges<W extends Workshop>(base: W, changes: WorkshopChanges): Result<W> {
  const { order, changed } = changes.stakeholders
  // Changes that touch nobody keep the very list, so nothing that shows people has to redraw.
  if (order === null && changed.length === 0) return ok({ ...base, ...changes.fields })
  const changedById = new Map(changed.map((s) => [s.id, s]))
  if (changedById.size !== changed.length) return invalid('two changed stakeholders have the same id')
  let stakeholders: Stakeholder[]
  if (order === null) {
    stakeholders = base.stakeholders.map((s) => changedById.get(s.id) ?? s)
  } else {
    if (new Set(order).size !== order.length) return invalid('the stakeholders have two with the same id')
    const baseById = new Map(base.stakeholders.map((s) => [s.id, s]))
    stakeholders = []
    for (const stakeholderId of order) {
      const stakeholder = changedById.get(stakeholderId) ?? baseById.get(stakeholderId)
      if (!stakeholder) return invalid(`stakeholder "${stakeholderId}" is neither in the workshop nor among the changes`)
      stakeholders.push(stakeholder)
    }
  }
  if (changedById.size > 0 && stakeholders.filter((s) => changedById.get(s.id) === s).length !== changedById.size) {
    return invalid('a changed stakeholder is missing from the order')
  }
  return ok({ ...base, ...changes.fields, stakeholders })
}

const invalid = <T>(why: string): Result<T> => fail('invalid-request', `These changes cannot be saved: ${why}.`)
