import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { quadrantOf } from '../../../src/core/map/quadrant'
import { workshopSchema } from '../../../src/core/workshop/schema'
import {
  addStakeholder,
  createStakeholder,
  moveOnMap,
  placeOnMap,
  removeFromMap,
  removeStakeholders,
  updateStakeholder,
} from '../../../src/core/workshop/stakeholder-edits'
import { readWorkshopJson } from '../../../src/core/workshop/workshop-json'

const loaded = readWorkshopJson(readFileSync(new URL('../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
if (!loaded.ok) throw new Error(loaded.error.message)
const { revision: _revision, ...sample } = loaded.value
const lukasz = createStakeholder({ name: '  Łukasz Żółć ', role: 'Ward manager' }, 'lukasz', new Date('2026-11-23T10:00:00Z'))

describe('stakeholder edits', () => {
  it('creates a valid stakeholder with trimmed text and no position', () => {
    expect(lukasz).toMatchObject({ id: 'lukasz', name: 'Łukasz Żółć', position: null, attitude: 'neutral', createdAt: '2026-11-23T10:00:00.000Z' })
  })

  it('adds, places, moves and removes without touching the original', () => {
    const added = addStakeholder(sample, lukasz)
    expect(sample.stakeholders).toHaveLength(25)
    const placed = placeOnMap(added, 'lukasz', { interest: 80, influence: 80 })
    const person = (w: typeof sample) => w.stakeholders.find((s) => s.id === 'lukasz')
    expect(quadrantOf(person(placed)?.position ?? { interest: 0, influence: 0 })).toBe('change-makers')
    const moved = moveOnMap(placed, 'lukasz', { interest: 10, influence: 20 })
    expect(person(moved)?.position).toEqual({ interest: 10, influence: 20 })
    expect(person(placed)?.position).toEqual({ interest: 80, influence: 80 })
    expect(person(removeFromMap(moved, 'lukasz'))?.position).toBeNull()
    expect(removeStakeholders(moved, ['lukasz']).stakeholders).toHaveLength(25)
    expect(workshopSchema.safeParse(moved).success).toBe(true)
  })

  it('clamps positions dropped outside the map', () => {
    const placed = placeOnMap(addStakeholder(sample, lukasz), 'lukasz', { interest: 130, influence: -4 })
    expect(placed.stakeholders.at(-1)?.position).toEqual({ interest: 100, influence: 0 })
  })

  it('only moves people who are on the map', () => {
    const added = addStakeholder(sample, lukasz)
    expect(moveOnMap(added, 'lukasz', { interest: 1, influence: 1 })).toBe(added)
  })

  it('returns the same workshop for edits of unknown people, so history records nothing', () => {
    expect(removeStakeholders(sample, ['nobody'])).toBe(sample)
    expect(updateStakeholder(sample, 'nobody', { role: 'x' })).toBe(sample)
  })

  it('updates only the given fields', () => {
    const updated = updateStakeholder(sample, 'sh-priya', { attitude: 'supporter' })
    const priya = updated.stakeholders.find((s) => s.id === 'sh-priya')
    expect(priya?.attitude).toBe('supporter')
    expect(priya?.role).toBe('Director of Nursing')
  })
})

describe('removing a stakeholder', () => {
  it('removes every reference to them and keeps the workshop valid', () => {
    const without = removeStakeholders(sample, ['sh-soren', 'sh-zoe', 'sh-tomasz', 'sh-margaret'])
    const text = JSON.stringify({ ...without, votes: [] })
    for (const id of ['sh-soren', 'sh-zoe', 'sh-tomasz', 'sh-margaret']) expect(text).not.toContain(`"${id}"`)
    // The champion stays under the name the room gave, no longer linked to a stakeholder.
    expect(without.network.champions.find((c) => c.id === 'ch-zoe')).toMatchObject({ name: 'Zoë Adeyemi', stakeholderId: null })
    expect(without.leadership.mentoring).toHaveLength(0)
    expect(without.leadership.commitments[0]?.signatories).toHaveLength(0)
    expect(workshopSchema.safeParse(without).success).toBe(true)
  })
})
