import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { setDesiredPosition } from '../../../src/core/plan/plan-rules'
import {
  NEAR_DESIRED,
  activityProgress,
  addCheckIn,
  checkInsOf,
  compareEntries,
  createCheckIn,
  currentEntries,
  deleteSnapshot,
  gapList,
  interpolateEntries,
  nearDesired,
  progressSeries,
  quadrantCounts,
  removeCheckIn,
  renameSnapshot,
  snapshotsInOrder,
  takeSnapshot,
  updateCheckIn,
} from '../../../src/core/tracking/progress'
import { moveOnMap } from '../../../src/core/workshop/stakeholder-edits'
import { workshopSchema } from '../../../src/core/workshop/schema'
import { readWorkshopJson } from '../../../src/core/workshop/workshop-json'

const loaded = readWorkshopJson(readFileSync(new URL('../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
if (!loaded.ok) throw new Error(loaded.error.message)
const { revision: _revision, ...sample } = loaded.value
const entry = (stakeholderId: string, interest: number, influence: number, attitude: 'neutral' | 'champion' = 'neutral') => ({
  stakeholderId,
  position: { interest, influence },
  attitude,
})

describe('people per quadrant', () => {
  it('counts entries per quadrant, a point on a midline counting as high', () => {
    expect(quadrantCounts([entry('a', 50, 50), entry('b', 49, 50), entry('c', 10, 10), entry('d', 60, 10), entry('e', 99, 99)])).toEqual({
      'change-makers': 2,
      'change-sponsors': 1,
      onlookers: 1,
      'change-adopters': 1,
    })
  })

  it('gives every snapshot oldest first, then now', () => {
    const reordered = { ...sample, tracking: { ...sample.tracking, snapshots: [...sample.tracking.snapshots].reverse() } }
    const series = progressSeries(reordered)
    expect(series.map((p) => p.name)).toEqual(['Kick-off', 'Month 1', 'Now'])
    const now = series.at(-1)
    expect(now?.snapshotId).toBeNull()
    const placed = sample.stakeholders.filter((s) => s.position).length
    expect(Object.values(now?.counts ?? {}).reduce((a, b) => a + b, 0)).toBe(placed)
    expect(series[0]?.counts).toEqual(quadrantCounts(sample.tracking.snapshots.find((s) => s.id === 'snap-kick-off')?.entries ?? []))
  })
})

describe('near the desired position', () => {
  it(`counts people within ${NEAR_DESIRED} map units of their target, the boundary included`, () => {
    let w = setDesiredPosition(sample, 'sh-grace', { interest: 28, influence: 40 }) // exactly 10 away
    w = setDesiredPosition(w, 'sh-liam', { interest: 38, influence: 52.1 }) // 10.1 away
    const people = w.stakeholders.filter((s) => ['sh-grace', 'sh-liam'].includes(s.id))
    expect(nearDesired(people, currentEntries(w))).toEqual({ total: 2, near: 1, share: 0.5 })
    expect(nearDesired(people, [])).toEqual({ total: 0, near: 0, share: null })
  })

  it('measures the sample now: Priya is near, Tomasz and Jean-Luc are not', () => {
    expect(nearDesired(sample.stakeholders, currentEntries(sample))).toEqual({ total: 3, near: 1, share: 1 / 3 })
  })
})

describe('activities done against planned', () => {
  it('leaves dropped activities out of the planned ones', () => {
    const statuses = ['done', 'done', 'planned', 'in-progress', 'dropped'] as const
    expect(activityProgress(statuses.map((status) => ({ status })))).toEqual({ planned: 4, done: 2, inProgress: 1, dropped: 1, share: 0.5 })
    expect(activityProgress([{ status: 'dropped' }]).share).toBeNull()
  })
})

describe('gap list', () => {
  it('lists people with a desired position, furthest first, with quadrants and distance', () => {
    const gaps = gapList(sample)
    expect(gaps.map((g) => g.stakeholder.id)).toEqual(['sh-tomasz', 'sh-jean-luc', 'sh-priya'])
    expect(gaps[0]).toMatchObject({ distance: 40, fromQuadrant: 'change-sponsors', toQuadrant: 'change-makers', near: false })
    expect(gaps[2]?.near).toBe(true)
  })

  it('leaves out people who are not on the map', () => {
    const w = setDesiredPosition(sample, 'sh-wei', { interest: 90, influence: 90 })
    expect(gapList(w).map((g) => g.stakeholder.id)).not.toContain('sh-wei')
  })
})

describe('comparing two pictures of the map', () => {
  it('says who moved how far, who crossed a quadrant, who came and who went', () => {
    const before = [entry('a', 10, 10), entry('b', 40, 60), entry('c', 70, 70), entry('gone', 5, 5)]
    const after = [entry('a', 10, 10, 'champion'), entry('b', 60, 60), entry('c', 73, 74), entry('new', 90, 90)]
    const result = compareEntries(before, after)
    expect(result.moved.map((m) => [m.stakeholderId, m.distance])).toEqual([
      ['b', 20],
      ['c', 5],
    ])
    expect(result.quadrantChanges.map((m) => [m.stakeholderId, m.fromQuadrant, m.toQuadrant])).toEqual([['b', 'change-sponsors', 'change-makers']])
    expect(result.stayed.map((m) => [m.stakeholderId, m.fromAttitude, m.toAttitude])).toEqual([['a', 'neutral', 'champion']])
    expect(result.added.map((e) => e.stakeholderId)).toEqual(['new'])
    expect(result.removed.map((e) => e.stakeholderId)).toEqual(['gone'])
  })

  it('finds Tomasz moving towards the Change-Makers between the sample snapshots', () => {
    const [kickOff, month1] = snapshotsInOrder(sample.tracking.snapshots)
    const result = compareEntries(kickOff?.entries ?? [], month1?.entries ?? [])
    expect(result.moved.some((m) => m.stakeholderId === 'sh-tomasz')).toBe(true)
  })

  it('plays the movement part of the way, people new in the later picture standing still', () => {
    const frames = interpolateEntries([entry('a', 0, 0)], [entry('a', 100, 50, 'champion'), entry('b', 20, 20)], 0.25)
    expect(frames).toEqual([entry('a', 25, 12.5), entry('b', 20, 20)])
    expect(interpolateEntries([entry('a', 0, 0)], [entry('a', 100, 50, 'champion')], 2)).toEqual([entry('a', 100, 50, 'champion')])
  })
})

describe('snapshot edits', () => {
  const at = new Date('2026-12-04T09:30:00Z')

  it('takes a snapshot of everyone placed, and renames and deletes it', () => {
    const taken = takeSnapshot(sample, '  Month 2 ', 'snap-m2', at)
    const snapshot = taken.tracking.snapshots.at(-1)
    expect(snapshot).toMatchObject({ id: 'snap-m2', name: 'Month 2', takenAt: '2026-12-04T09:30:00.000Z' })
    expect(snapshot?.entries).toHaveLength(sample.stakeholders.filter((s) => s.position).length)
    expect(workshopSchema.safeParse(taken).success).toBe(true)
    // Later moves do not reach a snapshot already taken.
    const moved = moveOnMap(taken, 'sh-grace', { interest: 90, influence: 90 })
    expect(moved.tracking.snapshots.at(-1)?.entries.find((e) => e.stakeholderId === 'sh-grace')?.position).toEqual({ interest: 28, influence: 30 })
    const renamed = renameSnapshot(taken, 'snap-m2', 'December')
    expect(renamed.tracking.snapshots.at(-1)?.name).toBe('December')
    expect(renameSnapshot(taken, 'snap-m2', '   ')).toBe(taken)
    expect(deleteSnapshot(renamed, 'snap-m2').tracking.snapshots).toEqual(sample.tracking.snapshots)
    expect(deleteSnapshot(sample, 'nobody')).toBe(sample)
  })
})

describe('check-in edits', () => {
  it('records a check-in, optionally applying its attitude and position to the person', () => {
    const checkIn = createCheckIn(
      { stakeholderId: 'sh-grace', date: '2026-12-04', attitude: 'supporter', position: { interest: 45, influence: 35 }, note: ' Keen now ', metric: { name: ' ', value: 3 } },
      'ci-grace',
    )
    expect(checkIn).toMatchObject({ note: 'Keen now', metric: null })
    const kept = addCheckIn(sample, checkIn)
    expect(kept.stakeholders).toBe(sample.stakeholders)
    expect(checkInsOf(kept.tracking, 'sh-grace').map((c) => c.id)).toEqual(['ci-grace'])
    const applied = addCheckIn(sample, checkIn, true)
    expect(applied.stakeholders.find((s) => s.id === 'sh-grace')).toMatchObject({ attitude: 'supporter', position: { interest: 45, influence: 35 } })
    expect(workshopSchema.safeParse(applied).success).toBe(true)
    expect(addCheckIn(sample, { ...checkIn, stakeholderId: 'nobody' })).toBe(sample)
  })

  it('lists a person’s check-ins newest first, and updates and removes them', () => {
    const older = createCheckIn({ stakeholderId: 'sh-tomasz', date: '2026-11-20', attitude: 'neutral', metric: { name: 'Confidence', value: 6 } }, 'ci-t2')
    const w = addCheckIn(sample, older)
    expect(checkInsOf(w.tracking, 'sh-tomasz').map((c) => c.id)).toEqual(['ci-t2', 'ci-tomasz-1'])
    expect(w.tracking.checkIns.at(-1)?.metric).toEqual({ name: 'Confidence', value: 6 })
    const updated = updateCheckIn(w, 'ci-t2', { note: 'Better' })
    expect(updated.tracking.checkIns.at(-1)?.note).toBe('Better')
    expect(removeCheckIn(updated, 'ci-t2').tracking.checkIns).toEqual(sample.tracking.checkIns)
    expect(removeCheckIn(sample, 'nobody')).toBe(sample)
  })
})
