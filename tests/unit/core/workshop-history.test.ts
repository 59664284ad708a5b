import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type History, record, redo, startHistory, undo } from '../../../src/core/history'
import type { Workshop } from '../../../src/core/workshop/schema'
import { addStakeholder, createStakeholder, removeStakeholders } from '../../../src/core/workshop/stakeholder-edits'
import { type WorkshopStep, workshopSteps } from '../../../src/core/workshop/workshop-history'
import { readWorkshopJson } from '../../../src/core/workshop/workshop-json'
import { seededRandom } from '../../support/seeded-random'

const loaded = readWorkshopJson(readFileSync(new URL('../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
if (!loaded.ok) throw new Error(loaded.error.message)
const { revision: _revision, ...sample } = loaded.value

/** One edit of the kinds the app makes: add, paste, delete, change a person, change a section, reorder. */
function randomEdit(w: Workshop, random: () => number, i: number): Workshop {
  const roll = random()
  const someone = w.stakeholders[Math.floor(random() * w.stakeholders.length)]
  const newcomer = (n: number) => createStakeholder({ name: `Newcomer ${i}.${n}` }, `new-${i}-${n}`, new Date('2026-12-04T10:00:00Z'))
  if (roll < 0.2) return addStakeholder(w, newcomer(0))
  if (roll < 0.3) return { ...w, stakeholders: [...w.stakeholders, newcomer(0), newcomer(1), newcomer(2)] }
  if (roll < 0.4) {
    const at = Math.floor(random() * (w.stakeholders.length + 1))
    return { ...w, stakeholders: [...w.stakeholders.slice(0, at), newcomer(0), ...w.stakeholders.slice(at)] }
  }
  if (roll < 0.55 && someone) return removeStakeholders(w, [someone.id])
  if (roll < 0.8 && someone) return { ...w, stakeholders: w.stakeholders.map((s) => (s === someone ? { ...s, position: { interest: random() * 100, influence: random() * 100 } } : s)) }
  if (roll < 0.9) return { ...w, facilitator: `Facilitator ${i}`, plan: { ...w.plan, activities: w.plan.activities.slice(1) } }
  return { ...w, stakeholders: [...w.stakeholders].reverse() }
}

describe('workshop undo steps', () => {
  it('rebuild every state a history of whole workshops would, through adds, deletes, moves, reorders, undos and redos', () => {
    const random = seededRandom(5).next
    let whole: History<Workshop> = startHistory<Workshop>(sample)
    let steps: History<Workshop, WorkshopStep> = startHistory(sample, workshopSteps)
    for (let i = 0; i < 600; i++) {
      const roll = random()
      if (roll < 0.25) {
        whole = undo(whole)
        steps = undo(steps)
      } else if (roll < 0.35) {
        whole = redo(whole)
        steps = redo(steps)
      } else {
        const next = randomEdit(steps.present, random, i)
        whole = record(whole, next, `edit ${i}`)
        steps = record(steps, next, `edit ${i}`)
      }
      expect(steps.present).toEqual(whole.present)
      // What an undo restores are the state's own objects, so the renderer and autosave see them unchanged.
      steps.present.stakeholders.forEach((s, index) => expect(s).toBe(whole.present.stakeholders[index]))
      expect(steps.present.plan).toBe(whole.present.plan)
    }
  })

  it('keep only the people an edit touched, not the whole list', () => {
    const grown = { ...sample, stakeholders: Array.from({ length: 2000 }, (_, i) => createStakeholder({ name: `Person ${i}` }, `p-${i}`, new Date('2026-12-04T10:00:00Z'))) }
    let h = startHistory<Workshop, WorkshopStep>(grown, workshopSteps)
    h = record(h, addStakeholder(grown, createStakeholder({ name: 'Zoë' }, 'zoe', new Date('2026-12-04T10:00:00Z'))), 'Add Zoë')
    expect(h.past[0]?.step).toEqual({ fields: {}, changed: [], order: { removed: ['zoe'], inserted: [] } })
    h = undo(h)
    expect(h.present.stakeholders).toHaveLength(2000)
    expect(h.future[0]?.step.order).toEqual({ removed: [], inserted: [{ index: 2000, id: 'zoe' }] })
    expect(h.future[0]?.step.changed.map((s) => s.name)).toEqual(['Zoë'])
    h = record(h, removeStakeholders(h.present, ['p-7']), 'Delete Person 7')
    expect(h.past[0]?.step.order).toEqual({ removed: [], inserted: [{ index: 7, id: 'p-7' }] })
    expect(h.past[0]?.step.changed.map((s) => s.id)).toEqual(['p-7'])
    // A real reorder keeps the whole order: there is nothing smaller that says it.
    h = record(h, { ...h.present, stakeholders: [...h.present.stakeholders].reverse() }, 'Reverse')
    expect(h.past[1]?.step.order).toHaveLength(1999)
  })

  it('keep the very list of people when an edit touched nobody', () => {
    let h = startHistory<Workshop, WorkshopStep>(sample, workshopSteps)
    h = record(h, { ...sample, facilitator: 'Zoë Adeyemi', plan: { ...sample.plan, activities: [] } }, 'Edit the plan')
    h = undo(h)
    expect(h.present.stakeholders).toBe(sample.stakeholders)
    expect(h.present.plan).toBe(sample.plan)
    h = redo(h)
    expect(h.present.stakeholders).toBe(sample.stakeholders)
  })
})
