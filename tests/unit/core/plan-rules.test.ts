import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { QUADRANTS } from '../../../src/core/map/quadrant'
import { ACTIVITY_STATUS_INFO, ACTIVITY_TYPE_INFO, activityTypeLabel } from '../../../src/core/plan/catalog'
import {
  activitiesForTimeline,
  activityTargets,
  addActivity,
  createActivity,
  moveActivity,
  removeActivity,
  resetApproach,
  setApproach,
  setDesiredPosition,
  uncoveredStakeholders,
  updateActivity,
} from '../../../src/core/plan/plan-rules'
import { ACTIVITY_STATUSES, ACTIVITY_TYPES } from '../../../src/core/plan/schema'
import { workshopSchema } from '../../../src/core/workshop/schema'
import { readWorkshopJson } from '../../../src/core/workshop/workshop-json'

const loaded = readWorkshopJson(readFileSync(new URL('../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
if (!loaded.ok) throw new Error(loaded.error.message)
const { revision: _revision, ...sample } = loaded.value
const ids = (list: { id: string }[]) => list.map((x) => x.id)
const statusesOf = (w: typeof sample) => w.plan.activities.map((a) => `${a.id}:${a.status}`)

describe('activity catalog', () => {
  it('has a label and a description for every type and status', () => {
    for (const type of ACTIVITY_TYPES) {
      expect(ACTIVITY_TYPE_INFO[type].id).toBe(type)
      expect(ACTIVITY_TYPE_INFO[type].label.length).toBeGreaterThan(2)
      expect(ACTIVITY_TYPE_INFO[type].description.length).toBeGreaterThan(10)
    }
    for (const status of ACTIVITY_STATUSES) expect(ACTIVITY_STATUS_INFO[status].label.length).toBeGreaterThan(2)
    expect(new Set(ACTIVITY_TYPES.map((t) => ACTIVITY_TYPE_INFO[t].label)).size).toBe(ACTIVITY_TYPES.length)
  })

  it('names a custom activity by its own name, or Custom when it has none', () => {
    expect(activityTypeLabel({ type: 'town-hall', customType: 'ignored' })).toBe('Town hall')
    expect(activityTypeLabel({ type: 'custom', customType: ' Listening session ' })).toBe('Listening session')
    expect(activityTypeLabel({ type: 'custom', customType: '  ' })).toBe('Custom')
  })
})

describe('who an activity reaches', () => {
  it('reaches the people it names plus everyone now in its quadrants, once each', () => {
    const activity = createActivity({ title: 'x', quadrants: ['change-sponsors'], stakeholderIds: ['sh-zoe', 'sh-tomasz'] }, 'a')
    expect(ids(activityTargets(sample, activity))).toEqual(['sh-margaret', 'sh-tomasz', 'sh-trustees', 'sh-jean-luc', 'sh-athina', 'sh-zoe'])
  })

  it('reaches an unplaced person only by name', () => {
    expect(ids(activityTargets(sample, { quadrants: ['change-makers', 'change-sponsors', 'onlookers', 'change-adopters'], stakeholderIds: [] }))).not.toContain('sh-wei')
    expect(ids(activityTargets(sample, { quadrants: [], stakeholderIds: ['sh-wei'] }))).toEqual(['sh-wei'])
  })

  it('flags people on the map whom no planned or running activity reaches', () => {
    // Sample: makers (in progress), sponsors (planned), adopters (planned), the records pair; nothing for onlookers.
    expect(ids(uncoveredStakeholders(sample))).toEqual(['sh-facilities', 'sh-grace', 'sh-liam', 'sh-yuki', 'sh-volunteers'])
    const withOnlookers = addActivity(sample, createActivity({ title: 'News', type: 'newsletter', quadrants: ['onlookers'] }, 'n'))
    expect(uncoveredStakeholders(withOnlookers)).toEqual([])
    const dropped = updateActivity(withOnlookers, 'n', { status: 'dropped' })
    expect(uncoveredStakeholders(dropped)).toHaveLength(5)
    const done = updateActivity(withOnlookers, 'n', { status: 'done' })
    expect(uncoveredStakeholders(done)).toHaveLength(5)
  })
})

describe('timeline order', () => {
  it('sorts by start or due date, then due date, then title, undated last, without changing the input', () => {
    const a = createActivity({ title: 'B', startDate: '2026-03-01' }, 'a')
    const b = createActivity({ title: 'A', dueDate: '2026-02-01' }, 'b')
    const c = createActivity({ title: 'Undated' }, 'c')
    const d = createActivity({ title: 'A', startDate: '2026-03-01', dueDate: '2026-04-01' }, 'd')
    const e = createActivity({ title: 'Z', startDate: '2026-03-01', dueDate: '2026-03-05' }, 'e')
    const input = [c, a, d, b, e]
    expect(ids(activitiesForTimeline(input))).toEqual(['b', 'e', 'd', 'a', 'c'])
    expect(ids(input)).toEqual(['c', 'a', 'd', 'b', 'e'])
  })
})

describe('plan edits', () => {
  it('creates a valid activity with trimmed text and adds, updates and removes it', () => {
    const activity = createActivity({ title: '  Design day ', type: 'co-creation-session', quadrants: ['change-makers', 'change-makers'], owner: ' Priya ' }, 'act-new')
    expect(activity).toMatchObject({ title: 'Design day', owner: 'Priya', quadrants: ['change-makers'], status: 'planned', startDate: null })
    const added = addActivity(sample, activity)
    expect(workshopSchema.safeParse(added).success).toBe(true)
    expect(sample.plan.activities).toHaveLength(5)
    const updated = updateActivity(added, 'act-new', { channel: 'Teams' })
    expect(updated.plan.activities.at(-1)?.channel).toBe('Teams')
    expect(removeActivity(updated, 'act-new').plan.activities).toEqual(sample.plan.activities)
  })

  it('returns the same workshop when nothing changes, so history records nothing', () => {
    expect(updateActivity(sample, 'nobody', { owner: 'x' })).toBe(sample)
    expect(updateActivity(sample, 'act-cfo', { status: 'done' })).toBe(sample)
    expect(removeActivity(sample, 'nobody')).toBe(sample)
    expect(moveActivity(sample, 'nobody', 'done')).toBe(sample)
    expect(moveActivity(sample, 'act-cfo', 'done')).toBe(sample)
    expect(setApproach(sample, 'onlookers', sample.plan.approaches.onlookers)).toBe(sample)
  })

  it('moves an activity to the end of another column, or before a card of it', () => {
    const toDone = moveActivity(sample, 'act-budget', 'done')
    expect(statusesOf(toDone)).toEqual(['act-screens:in-progress', 'act-cfo:done', 'act-budget:done', 'act-training:planned', 'act-records:planned'])
    const beforeCfo = moveActivity(sample, 'act-records', 'done', 'act-cfo')
    expect(statusesOf(beforeCfo)).toEqual(['act-screens:in-progress', 'act-budget:planned', 'act-records:done', 'act-cfo:done', 'act-training:planned'])
    const toEmptyColumn = moveActivity(sample, 'act-cfo', 'dropped')
    expect(statusesOf(toEmptyColumn)[2]).toBe('act-cfo:dropped')
    const reorder = moveActivity(sample, 'act-records', 'planned', 'act-budget')
    expect(ids(reorder.plan.activities)).toEqual(['act-screens', 'act-records', 'act-budget', 'act-cfo', 'act-training'])
  })

  it('edits and resets a quadrant approach', () => {
    const edited = setApproach(sample, 'change-adopters', 'Coffee mornings on every ward.')
    expect(edited.plan.approaches['change-adopters']).toBe('Coffee mornings on every ward.')
    expect(resetApproach(edited, 'change-adopters').plan.approaches['change-adopters']).toBe(QUADRANTS['change-adopters'].approach)
  })

  it('sets a clamped desired position and clears it', () => {
    const set = setDesiredPosition(sample, 'sh-grace', { interest: 120.04, influence: 55.55 })
    expect(set.stakeholders.find((s) => s.id === 'sh-grace')?.desired).toEqual({ interest: 100, influence: 55.6 })
    expect(setDesiredPosition(set, 'sh-grace', null).stakeholders.find((s) => s.id === 'sh-grace')?.desired).toBeNull()
    expect(workshopSchema.safeParse(set).success).toBe(true)
  })
})
