import { nanoid } from 'nanoid'
import type { ImportMapping } from '../../core/import/import-mapping'
import { type ImportOptions, applyImportPlan, buildImportPlan } from '../../core/import/import-plan'
import { sessionActions } from '../state/workshop-session'
import { registerActions } from './register-store'

/** The options for an import made now. */
export const importOptions = (duplicates: ImportOptions['duplicates']): ImportOptions => ({ duplicates, today: new Date().toISOString().slice(0, 10) })

/** Applies an import as one undoable step, planned again against the workshop as it is at that moment. */
export function runImport(label: string, rows: string[][], mapping: ImportMapping, options: ImportOptions): void {
  let counts = { add: 0, merge: 0, skip: 0 }
  const now = new Date()
  sessionActions.edit(label, (workshop) => {
    const plan = buildImportPlan(rows, mapping, workshop, options)
    counts = plan.counts
    return applyImportPlan(workshop, plan, options, () => nanoid(10), now)
  })
  const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`
  registerActions.reportResult(`Added ${people(counts.add)}, merged ${counts.merge}, skipped ${counts.skip}. Undo takes it all back.`)
}
