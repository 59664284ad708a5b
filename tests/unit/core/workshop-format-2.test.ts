import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createBlankWorkshop } from '../../../src/core/workshop/new-workshop'
import { workshopSchema } from '../../../src/core/workshop/schema'
import { emptySections } from '../../../src/core/workshop/sections'
import { readWorkshopJson } from '../../../src/core/workshop/workshop-json'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')
const formatOne = read('../../fixtures/sample-workshop-format-1.json')
const sampleText = read('../../../workshops/sample-workshop.json')

describe('workshop format 2', () => {
  it('opens a format-1 file with every new section empty and the standard approaches in the plan', () => {
    const result = readWorkshopJson(formatOne)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.schemaVersion).toBe(2)
    expect(result.value.stakeholders).toHaveLength(25)
    expect(result.value.plan).toEqual(emptySections().plan)
    expect(result.value.plan.approaches['change-makers']).toMatch(/co-creation/)
    expect(result.value.network.champions).toEqual([])
    expect(result.value.journey).toEqual([])
  })

  it('keeps what a format-1 file already held', () => {
    const before = JSON.parse(formatOne)
    const result = readWorkshopJson(formatOne)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.value.stakeholders).toEqual(before.stakeholders)
    expect(result.value.title).toBe(before.title)
  })

  it('makes a blank workshop that passes the schema', () => {
    const blank = createBlankWorkshop({ title: 'Zoë’s kick-off' }, 'blank-1', new Date('2026-12-04T10:00:00Z'))
    expect(workshopSchema.safeParse(blank).success).toBe(true)
  })

  it('ships a sample with every section in use', () => {
    const result = readWorkshopJson(sampleText)
    if (!result.ok) throw new Error(result.error.message)
    const w = result.value
    expect(w.plan.activities.length).toBeGreaterThan(0)
    expect(w.tracking.snapshots.length).toBeGreaterThanOrEqual(2)
    const signatories = w.leadership.commitments[0]?.signatories ?? []
    expect(signatories.map((s) => s.signature === null)).toEqual([false, true])
    expect(new Set(w.network.champions.map((c) => c.stage)).size).toBeGreaterThanOrEqual(3)
    expect(w.journey.length).toBeGreaterThan(2)
  })

  // The sample as plain JSON, spoiled one field at a time.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const refusals: [string, (w: any) => void, RegExp][] = [
    ['an activity of an unknown type', (w) => (w.plan.activities[0].type = 'party'), /plan\.activities\[0\]\.type/],
    ['a champion in an unknown stage', (w) => (w.network.champions[0].stage = 'maybe'), /network\.champions\[0\]\.stage/],
    ['a signature without strokes', (w) => (w.leadership.commitments[0].signatories[0].signature.strokes = []), /has no strokes/],
    ['a leader listed twice', (w) => w.leadership.leaders.push(w.leadership.leaders[0]), /lists a leader twice/],
    ['two journey entries with one id', (w) => w.journey.push(w.journey[0]), /two journey entries with the same id/],
    ['a vote with no options', (w) => w.votes.push({ id: 'v', question: 'Who first?', subject: 'stakeholders', optionIds: [], dotsPerPerson: 3, participants: [], revealed: false, createdAt: '2026-12-04T10:00:00.000Z', closedAt: null }), /has no options/],
  ]
  it.each(refusals)('refuses %s with a message that says where', (_what, spoil, message) => {
    const doc = JSON.parse(sampleText)
    spoil(doc)
    const result = readWorkshopJson(JSON.stringify(doc))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(message)
  })
})
