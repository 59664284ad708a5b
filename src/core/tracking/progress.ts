import { produce } from 'immer'
import { type MapPosition, type QuadrantId, clampPosition, distance, quadrantOf } from '../map/quadrant'
import type { Activity } from '../plan/schema'
import type { Attitude } from '../workshop/attitude'
import type { Stakeholder, Workshop } from '../workshop/schema'
import type { CheckIn, Snapshot } from './schema'

/** Someone within this many map units (of 0–100 on each axis) of their desired position counts as there. */
export const NEAR_DESIRED = 10

/** Two positions closer than this are the same place: rounding, not a move. */
const SAME_PLACE = 0.05

export type SnapshotEntry = Snapshot['entries'][number]
export type QuadrantCounts = Record<QuadrantId, number>

/** The map as it is now, in the shape of a snapshot's entries: everyone placed, in workshop order. */
export function currentEntries(workshop: Pick<Workshop, 'stakeholders'>): SnapshotEntry[] {
  return workshop.stakeholders.flatMap((s) => (s.position ? [{ stakeholderId: s.id, position: s.position, attitude: s.attitude }] : []))
}

/** Snapshots oldest first (by when they were taken, then by name). Does not change the input. */
export function snapshotsInOrder(snapshots: readonly Snapshot[]): Snapshot[] {
  return [...snapshots].sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt) || a.name.localeCompare(b.name))
}

/** How many of the given entries fall in each quadrant. */
export function quadrantCounts(entries: readonly { position: MapPosition }[]): QuadrantCounts {
  const counts: QuadrantCounts = { 'change-makers': 0, 'change-sponsors': 0, onlookers: 0, 'change-adopters': 0 }
  for (const entry of entries) counts[quadrantOf(entry.position)] += 1
  return counts
}

export interface NearDesired {
  /** People with both a position and a desired position. */
  total: number
  /** Of those, how many stand within NEAR_DESIRED of where we want them. */
  near: number
  /** near / total, or null when nobody has a desired position. */
  share: number | null
}

/**
 * The share of people at or near their desired position, measured on the given entries (the map
 * now, or a snapshot) against the desired positions set today.
 */
export function nearDesired(stakeholders: readonly Stakeholder[], entries: readonly SnapshotEntry[]): NearDesired {
  const desired = new Map(stakeholders.flatMap((s) => (s.desired ? [[s.id, s.desired] as const] : [])))
  let total = 0
  let near = 0
  for (const entry of entries) {
    const target = desired.get(entry.stakeholderId)
    if (!target) continue
    total += 1
    if (distance(entry.position, target) <= NEAR_DESIRED) near += 1
  }
  return { total, near, share: total ? near / total : null }
}

export interface ActivityProgress {
  /** Activities still meant to happen or already delivered: everything but the dropped ones. */
  planned: number
  done: number
  inProgress: number
  dropped: number
  /** done / planned, or null with nothing planned. */
  share: number | null
}

/** Activities done against those planned; dropped ones do not count as planned. */
export function activityProgress(activities: readonly Pick<Activity, 'status'>[]): ActivityProgress {
  const count = (status: Activity['status']) => activities.filter((a) => a.status === status).length
  const dropped = count('dropped')
  const done = count('done')
  const planned = activities.length - dropped
  return { planned, done, inProgress: count('in-progress'), dropped, share: planned ? done / planned : null }
}

export interface ProgressPoint {
  /** The snapshot's id, or null for the map as it is now. */
  snapshotId: string | null
  name: string
  takenAt: string | null
  counts: QuadrantCounts
  nearDesired: NearDesired
}

/** People per quadrant and the share near their desired position, for every snapshot (oldest first) and then now. */
export function progressSeries(workshop: Pick<Workshop, 'stakeholders' | 'tracking'>, nowLabel = 'Now'): ProgressPoint[] {
  const point = (snapshotId: string | null, name: string, takenAt: string | null, entries: readonly SnapshotEntry[]): ProgressPoint => ({
    snapshotId,
    name,
    takenAt,
    counts: quadrantCounts(entries),
    nearDesired: nearDesired(workshop.stakeholders, entries),
  })
  return [
    ...snapshotsInOrder(workshop.tracking.snapshots).map((s) => point(s.id, s.name, s.takenAt, s.entries)),
    point(null, nowLabel, null, currentEntries(workshop)),
  ]
}

export interface Gap {
  stakeholder: Stakeholder
  from: MapPosition
  to: MapPosition
  distance: number
  fromQuadrant: QuadrantId
  toQuadrant: QuadrantId
  near: boolean
}

/** Everyone on the map with a desired position: how far they still have to go, furthest first (then by name). */
export function gapList(workshop: Pick<Workshop, 'stakeholders'>): Gap[] {
  return workshop.stakeholders
    .flatMap((s): Gap[] => {
      if (!s.position || !s.desired) return []
      const gap = distance(s.position, s.desired)
      return [{ stakeholder: s, from: s.position, to: s.desired, distance: gap, fromQuadrant: quadrantOf(s.position), toQuadrant: quadrantOf(s.desired), near: gap <= NEAR_DESIRED }]
    })
    .sort((a, b) => b.distance - a.distance || a.stakeholder.name.localeCompare(b.stakeholder.name))
}

export interface Movement {
  stakeholderId: string
  from: MapPosition
  to: MapPosition
  distance: number
  fromQuadrant: QuadrantId
  toQuadrant: QuadrantId
  fromAttitude: Attitude
  toAttitude: Attitude
}

export interface SnapshotComparison {
  /** People in both pictures whose position changed, furthest move first. */
  moved: Movement[]
  /** People in both whose position stayed (their attitude may still have changed). */
  stayed: Movement[]
  /** On the map in the later picture only. */
  added: SnapshotEntry[]
  /** On the map in the earlier picture only. */
  removed: SnapshotEntry[]
  /** Of the moved, those who crossed into another quadrant. */
  quadrantChanges: Movement[]
}

/** Who moved between two pictures of the map (snapshots, or the map now), from where to where. */
export function compareEntries(before: readonly SnapshotEntry[], after: readonly SnapshotEntry[]): SnapshotComparison {
  const earlier = new Map(before.map((e) => [e.stakeholderId, e]))
  const later = new Set(after.map((e) => e.stakeholderId))
  const moved: Movement[] = []
  const stayed: Movement[] = []
  const added: SnapshotEntry[] = []
  for (const entry of after) {
    const old = earlier.get(entry.stakeholderId)
    if (!old) {
      added.push(entry)
      continue
    }
    const movement: Movement = {
      stakeholderId: entry.stakeholderId,
      from: old.position,
      to: entry.position,
      distance: distance(old.position, entry.position),
      fromQuadrant: quadrantOf(old.position),
      toQuadrant: quadrantOf(entry.position),
      fromAttitude: old.attitude,
      toAttitude: entry.attitude,
    }
    ;(movement.distance < SAME_PLACE ? stayed : moved).push(movement)
  }
  moved.sort((a, b) => b.distance - a.distance)
  return {
    moved,
    stayed,
    added,
    removed: before.filter((e) => !later.has(e.stakeholderId)),
    quadrantChanges: moved.filter((m) => m.fromQuadrant !== m.toQuadrant),
  }
}

/** Where each person stands a fraction `t` (0–1) of the way from one picture to the next, for playing the movement. */
export function interpolateEntries(before: readonly SnapshotEntry[], after: readonly SnapshotEntry[], t: number): SnapshotEntry[] {
  const share = Math.min(1, Math.max(0, t))
  const earlier = new Map(before.map((e) => [e.stakeholderId, e]))
  return after.map((entry) => {
    const old = earlier.get(entry.stakeholderId)
    if (!old) return entry
    const mix = (a: number, b: number) => a + (b - a) * share
    return {
      stakeholderId: entry.stakeholderId,
      position: { interest: mix(old.position.interest, entry.position.interest), influence: mix(old.position.influence, entry.position.influence) },
      attitude: share < 0.5 ? old.attitude : entry.attitude,
    }
  })
}

/** Adds a snapshot of the map as it is now; the id and time are passed in so this stays pure. */
export function takeSnapshot(workshop: Workshop, name: string, id: string, now: Date): Workshop {
  const snapshot: Snapshot = { id, name: name.trim(), takenAt: now.toISOString(), entries: currentEntries(workshop) }
  return produce(workshop, (draft) => {
    draft.tracking.snapshots.push(snapshot)
  })
}

/** Renames a snapshot; an unknown id or a blank name changes nothing. */
export function renameSnapshot(workshop: Workshop, id: string, name: string): Workshop {
  const trimmed = name.trim()
  if (!trimmed) return workshop
  return produce(workshop, (draft) => {
    const target = draft.tracking.snapshots.find((s) => s.id === id)
    if (target) target.name = trimmed
  })
}

/** Deletes a snapshot. */
export function deleteSnapshot(workshop: Workshop, id: string): Workshop {
  if (!workshop.tracking.snapshots.some((s) => s.id === id)) return workshop
  return produce(workshop, (draft) => {
    draft.tracking.snapshots = draft.tracking.snapshots.filter((s) => s.id !== id)
  })
}

export interface NewCheckInInput {
  stakeholderId: string
  date: string
  attitude: Attitude
  position?: MapPosition | null
  note?: string
  metric?: { name: string; value: number } | null
}

/** Builds a check-in; the id is passed in so this stays pure. */
export function createCheckIn(input: NewCheckInInput, id: string): CheckIn {
  const metricName = input.metric?.name.trim() ?? ''
  return {
    id,
    stakeholderId: input.stakeholderId,
    date: input.date,
    attitude: input.attitude,
    position: input.position ? clampPosition(input.position) : null,
    note: input.note?.trim() ?? '',
    metric: input.metric && metricName && Number.isFinite(input.metric.value) ? { name: metricName, value: input.metric.value } : null,
  }
}

/**
 * Records a check-in. With `apply`, the person's attitude (and position, if the check-in has one
 * and they are on the map) also become what the check-in says, in the same undo step.
 */
export function addCheckIn(workshop: Workshop, checkIn: CheckIn, apply = false): Workshop {
  if (!workshop.stakeholders.some((s) => s.id === checkIn.stakeholderId)) return workshop
  return produce(workshop, (draft) => {
    draft.tracking.checkIns.push(checkIn)
    if (!apply) return
    const person = draft.stakeholders.find((s) => s.id === checkIn.stakeholderId)
    if (!person) return
    person.attitude = checkIn.attitude
    if (checkIn.position && person.position) person.position = checkIn.position
  })
}

export type CheckInPatch = Partial<Omit<CheckIn, 'id' | 'stakeholderId'>>

/** Changes the given fields of one check-in. */
export function updateCheckIn(workshop: Workshop, id: string, patch: CheckInPatch): Workshop {
  return produce(workshop, (draft) => {
    const target = draft.tracking.checkIns.find((c) => c.id === id)
    if (target) Object.assign(target, patch)
  })
}

/** Deletes a check-in. */
export function removeCheckIn(workshop: Workshop, id: string): Workshop {
  if (!workshop.tracking.checkIns.some((c) => c.id === id)) return workshop
  return produce(workshop, (draft) => {
    draft.tracking.checkIns = draft.tracking.checkIns.filter((c) => c.id !== id)
  })
}

/** One person's check-ins, newest first; of two on the same day, the one recorded later first. */
export function checkInsOf(tracking: Pick<Workshop['tracking'], 'checkIns'>, stakeholderId: string): CheckIn[] {
  return tracking.checkIns
    .filter((c) => c.stakeholderId === stakeholderId)
    .reverse()
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
}
