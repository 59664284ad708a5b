import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  addChampion,
  addFeedback,
  championCandidates,
  createChampion,
  createChampionFromStakeholder,
  createFeedback,
  markFeedback,
  moveChampion,
  removeChampion,
  removeFeedback,
  updateChampion,
  updateFeedback,
  updateNetworkPlan,
} from '../../../src/core/network/network-edits'
import { workshopSchema } from '../../../src/core/workshop/schema'
import { readWorkshopJson } from '../../../src/core/workshop/workshop-json'

const loaded = readWorkshopJson(readFileSync(new URL('../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
if (!loaded.ok) throw new Error(loaded.error.message)
const { revision: _revision, ...sample } = loaded.value
const champion = (w: typeof sample, id: string) => w.network.champions.find((c) => c.id === id)
const valid = (w: typeof sample) => workshopSchema.safeParse(w).success

describe('champions', () => {
  it('picks a champion from the stakeholders, identified today, and only once', () => {
    const candidates = championCandidates(sample)
    expect(candidates.some((s) => s.id === 'sh-zoe')).toBe(false)
    const tomasz = candidates.find((s) => s.id === 'sh-tomasz')
    if (!tomasz) throw new Error('sample changed')
    const added = addChampion(sample, createChampionFromStakeholder(tomasz, 'ch-t', '2026-11-23'))
    expect(champion(added, 'ch-t')).toMatchObject({ stakeholderId: 'sh-tomasz', name: tomasz.name, unit: tomasz.unit, stage: 'identified' })
    expect(champion(added, 'ch-t')?.stageDates).toEqual({ identified: '2026-11-23', invited: null, confirmed: null, declined: null })
    expect(valid(added)).toBe(true)
    expect(addChampion(added, createChampionFromStakeholder(tomasz, 'ch-t2', '2026-11-24'))).toBe(added)
    expect(championCandidates(added).some((s) => s.id === 'sh-tomasz')).toBe(false)
  })

  it('adds a champion by name, trimmed, and refuses a blank name or a used id', () => {
    const added = addChampion(sample, createChampion({ name: '  Αλέξης Π. ', unit: ' Catering ', respected: true }, 'ch-a', '2026-11-23'))
    expect(champion(added, 'ch-a')).toMatchObject({ name: 'Αλέξης Π.', unit: 'Catering', respected: true, willing: false, stakeholderId: null })
    expect(valid(added)).toBe(true)
    expect(addChampion(sample, createChampion({ name: '   ' }, 'ch-b', '2026-11-23'))).toBe(sample)
    expect(addChampion(added, createChampion({ name: 'Other' }, 'ch-a', '2026-11-23'))).toBe(added)
  })

  it('stamps the day a champion reaches a stage, and clears stages beyond a step back', () => {
    const confirmed = moveChampion(sample, 'ch-fatima', 'confirmed', '2026-11-20')
    expect(champion(confirmed, 'ch-fatima')).toMatchObject({ stage: 'confirmed', stageDates: { identified: '2026-10-06', invited: '2026-10-15', confirmed: '2026-11-20', declined: null } })
    expect(champion(sample, 'ch-fatima')?.stage).toBe('invited')
    const back = moveChampion(confirmed, 'ch-fatima', 'invited', '2026-11-21')
    expect(champion(back, 'ch-fatima')?.stageDates).toEqual({ identified: '2026-10-06', invited: '2026-10-15', confirmed: null, declined: null })
    const declined = moveChampion(confirmed, 'ch-fatima', 'declined', '2026-11-22')
    expect(champion(declined, 'ch-fatima')?.stageDates).toMatchObject({ confirmed: null, declined: '2026-11-22' })
    const skipped = moveChampion(sample, 'ch-ravi', 'confirmed', '2026-11-22')
    expect(champion(skipped, 'ch-ravi')?.stageDates).toEqual({ identified: '2026-10-20', invited: null, confirmed: '2026-11-22', declined: null })
    expect(valid(declined)).toBe(true)
  })

  it('leaves the workshop alone for a move to the same stage or an unknown champion', () => {
    expect(moveChampion(sample, 'ch-zoe', 'confirmed', '2026-11-20')).toBe(sample)
    expect(moveChampion(sample, 'nobody', 'confirmed', '2026-11-20')).toBe(sample)
  })

  it('updates criteria, notes and dates, refuses a blank name, and removes', () => {
    const updated = updateChampion(sample, 'ch-mateus', { willing: true, notes: 'Ask again in March.', unit: ' Nursing ', stageDates: { declined: '2026-10-11' } })
    expect(champion(updated, 'ch-mateus')).toMatchObject({ willing: true, notes: 'Ask again in March.', unit: 'Nursing', stageDates: { invited: '2026-10-08', declined: '2026-10-11' } })
    expect(updateChampion(sample, 'ch-mateus', { name: ' ' })).toBe(sample)
    expect(updateChampion(sample, 'nobody', { notes: 'x' })).toBe(sample)
    const removed = removeChampion(sample, 'ch-mateus')
    expect(removed.network.champions.map((c) => c.id)).not.toContain('ch-mateus')
    expect(removed.stakeholders.some((s) => s.id === 'sh-mateus')).toBe(true)
    expect(removeChampion(sample, 'nobody')).toBe(sample)
  })
})

describe('network plan and feedback', () => {
  it('changes plan fields and records nothing when nothing changed', () => {
    const planned = updateNetworkPlan(sample, { meetingCadence: 'Weekly, Thursdays at 8', kickOffDate: '2026-12-01' })
    expect(planned.network).toMatchObject({ meetingCadence: 'Weekly, Thursdays at 8', kickOffDate: '2026-12-01', provided: sample.network.provided })
    expect(updateNetworkPlan(sample, { meetingCadence: sample.network.meetingCadence })).toBe(sample)
    expect(valid(updateNetworkPlan(sample, { kickOffDate: null }))).toBe(true)
  })

  it('logs feedback, marks it acted on with what was done, and removes it', () => {
    const logged = addFeedback(sample, createFeedback({ date: '2026-11-24', from: ' Ravi ', text: ' Pharmacy needs its own login. ' }, 'fb-3'))
    const item = (w: typeof sample) => w.network.feedback.find((f) => f.id === 'fb-3')
    expect(item(logged)).toEqual({ id: 'fb-3', date: '2026-11-24', from: 'Ravi', text: 'Pharmacy needs its own login.', actedOn: false, action: '' })
    const acted = markFeedback(logged, 'fb-3', true, 'Asked IT for a pharmacy role.')
    expect(item(acted)).toMatchObject({ actedOn: true, action: 'Asked IT for a pharmacy role.' })
    expect(item(markFeedback(acted, 'fb-3', false))).toMatchObject({ actedOn: false, action: 'Asked IT for a pharmacy role.' })
    expect(updateFeedback(acted, 'fb-3', { text: '' })).toBe(acted)
    expect(addFeedback(sample, createFeedback({ date: '2026-11-24', text: '  ' }, 'fb-4'))).toBe(sample)
    expect(valid(acted)).toBe(true)
    expect(removeFeedback(acted, 'fb-3').network.feedback).toHaveLength(2)
  })
})
