import type { Workshop } from '../../src/core/workshop/schema'

export const LOOP_FILE = 'Loop.json'

/** Save number n of the loop: its title carries n, and its list of people grows and shrinks with it. */
export function loopWorkshop(base: Workshop, n: number): Workshop {
  const count = (n * 7) % 40
  const template = base.stakeholders[0]
  if (!template) throw new Error('the loop needs a workshop with a stakeholder to copy')
  return {
    ...base,
    title: `Save ${n}`,
    stakeholders: Array.from({ length: count + 1 }, (_, i) => ({ ...template, id: `s${i}`, name: `Person ${i} of save ${n} — Ωμέγα` })),
  }
}

export const saveNumberOf = (workshop: Workshop): number => Number(/^Save (\d+)$/.exec(workshop.title)?.[1] ?? 0)
