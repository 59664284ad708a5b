import { produce } from 'immer'
import { type MapPosition, QUADRANTS, type QuadrantId, clampPosition, quadrantOf } from '../map/quadrant'
import type { Stakeholder, Workshop } from '../workshop/schema'
import type { Activity, ActivityStatus, ActivityType } from './schema'

/** Statuses of an activity that still reaches people: done and dropped ones cover nobody any more. */
export const ACTIVE_STATUSES: readonly ActivityStatus[] = ['planned', 'in-progress']

/** Whether an activity is still going to reach its people. */
export const isActive = (activity: Pick<Activity, 'status'>): boolean => ACTIVE_STATUSES.includes(activity.status)

/** Who an activity reaches: the people it names plus everyone now on the map in the quadrants it targets, in workshop order. */
export function activityTargets(workshop: Pick<Workshop, 'stakeholders'>, activity: Pick<Activity, 'stakeholderIds' | 'quadrants'>): Stakeholder[] {
  const named = new Set(activity.stakeholderIds)
  const quadrants = new Set<QuadrantId>(activity.quadrants)
  return workshop.stakeholders.filter((s) => named.has(s.id) || (s.position !== null && quadrants.has(quadrantOf(s.position))))
}

/** People on the map whom no planned or running activity reaches, in workshop order. */
export function uncoveredStakeholders(workshop: Pick<Workshop, 'stakeholders' | 'plan'>): Stakeholder[] {
  const active = workshop.plan.activities.filter(isActive)
  const named = new Set(active.flatMap((a) => a.stakeholderIds))
  const quadrants = new Set(active.flatMap((a) => a.quadrants))
  return workshop.stakeholders.filter((s) => s.position !== null && !named.has(s.id) && !quadrants.has(quadrantOf(s.position)))
}

/** The date an activity sits at on a timeline: its start, else its due date, else none. */
export const timelineDate = (activity: Pick<Activity, 'startDate' | 'dueDate'>): string | null => activity.startDate ?? activity.dueDate

/** Activities in timeline order: by start (or due) date, then due date, then title; undated ones last. Does not change the input. */
export function activitiesForTimeline<T extends Pick<Activity, 'startDate' | 'dueDate' | 'title'>>(activities: readonly T[]): T[] {
  const byDate = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1)
  return [...activities].sort(
    (a, b) => byDate(timelineDate(a), timelineDate(b)) || byDate(a.dueDate, b.dueDate) || a.title.localeCompare(b.title),
  )
}

export interface NewActivityInput {
  title: string
  type?: ActivityType
  customType?: string
  quadrants?: QuadrantId[]
  stakeholderIds?: string[]
  owner?: string
  cadence?: string
  channel?: string
  startDate?: string | null
  dueDate?: string | null
  status?: ActivityStatus
  notes?: string
}

/** Builds an activity with defaults; the id is passed in so this stays pure. */
export function createActivity(input: NewActivityInput, id: string): Activity {
  return {
    id,
    title: input.title.trim(),
    type: input.type ?? 'custom',
    customType: input.customType?.trim() ?? '',
    quadrants: [...new Set(input.quadrants ?? [])],
    stakeholderIds: [...new Set(input.stakeholderIds ?? [])],
    owner: input.owner?.trim() ?? '',
    cadence: input.cadence?.trim() ?? '',
    channel: input.channel?.trim() ?? '',
    startDate: input.startDate ?? null,
    dueDate: input.dueDate ?? null,
    status: input.status ?? 'planned',
    notes: input.notes ?? '',
  }
}

export type ActivityPatch = Partial<Omit<Activity, 'id'>>

/** Adds an activity at the end of the plan. */
export function addActivity(workshop: Workshop, activity: Activity): Workshop {
  return produce(workshop, (draft) => {
    draft.plan.activities.push(activity)
  })
}

/** Changes the given fields of one activity; an unknown id, or a patch that changes nothing, leaves the workshop as it was. */
export function updateActivity(workshop: Workshop, id: string, patch: ActivityPatch): Workshop {
  return produce(workshop, (draft) => {
    const target = draft.plan.activities.find((a) => a.id === id)
    if (target) Object.assign(target, patch)
  })
}

/**
 * Moves an activity to a status column of the board, before the activity `beforeId` of that
 * column or at its end. The order of the plan's list is the order within each column.
 */
export function moveActivity(workshop: Workshop, id: string, status: ActivityStatus, beforeId: string | null = null): Workshop {
  const list = workshop.plan.activities
  const from = list.findIndex((a) => a.id === id)
  const moving = list[from]
  if (!moving || beforeId === id) return workshop
  const rest = list.filter((a) => a.id !== id)
  const before = beforeId === null ? -1 : rest.findIndex((a) => a.id === beforeId && a.status === status)
  let at = before
  if (at < 0) {
    // To the column's end; into an empty column it keeps its place in the list.
    const lastInColumn = rest.findLastIndex((a) => a.status === status)
    at = lastInColumn < 0 ? from : lastInColumn + 1
  }
  const next = [...rest.slice(0, at), moving, ...rest.slice(at)]
  if (moving.status === status && next.every((a, i) => a === list[i])) return workshop
  return produce(workshop, (draft) => {
    draft.plan.activities = next.map((a) => (a.id === id ? { ...a, status } : a))
  })
}

/** Deletes an activity. */
export function removeActivity(workshop: Workshop, id: string): Workshop {
  if (!workshop.plan.activities.some((a) => a.id === id)) return workshop
  return produce(workshop, (draft) => {
    draft.plan.activities = draft.plan.activities.filter((a) => a.id !== id)
  })
}

/** Replaces how the room engages one quadrant. */
export function setApproach(workshop: Workshop, quadrant: QuadrantId, approach: string): Workshop {
  return produce(workshop, (draft) => {
    draft.plan.approaches[quadrant] = approach
  })
}

/** Puts a quadrant's approach back to the standard one. */
export const resetApproach = (workshop: Workshop, quadrant: QuadrantId): Workshop => setApproach(workshop, quadrant, QUADRANTS[quadrant].approach)

/** Sets where we want someone to end up on the map, or clears it with null. */
export function setDesiredPosition(workshop: Workshop, stakeholderId: string, desired: MapPosition | null): Workshop {
  const next = desired ? clampPosition(desired) : null
  return produce(workshop, (draft) => {
    const target = draft.stakeholders.find((s) => s.id === stakeholderId)
    if (target) target.desired = next
  })
}
