import { produce } from 'immer'
import { type MapPosition, clampPosition } from '../map/quadrant'
import type { Attitude } from './attitude'
import type { IdentificationQuestionId } from './identification'
import type { Stakeholder, StakeholderKind, Workshop } from './schema'

export type StakeholderPatch = Partial<Omit<Stakeholder, 'id' | 'createdAt'>>

export interface NewStakeholderInput {
  name: string
  kind?: StakeholderKind
  role?: string
  unit?: string
  attitude?: Attitude
  owner?: string
  position?: MapPosition | null
  surfacedBy?: IdentificationQuestionId | null
  tags?: string[]
}

/** Builds a stakeholder with defaults; the id and time are passed in so this stays pure. */
export function createStakeholder(input: NewStakeholderInput, id: string, now: Date): Stakeholder {
  return {
    id,
    name: input.name.trim(),
    kind: input.kind ?? 'person',
    role: input.role?.trim() ?? '',
    unit: input.unit?.trim() ?? '',
    position: input.position ? clampPosition(input.position) : null,
    desired: null,
    attitude: input.attitude ?? 'neutral',
    notes: [],
    owner: input.owner?.trim() ?? '',
    tags: input.tags ?? [],
    surfacedBy: input.surfacedBy ?? null,
    createdAt: now.toISOString(),
  }
}

/** Adds a stakeholder at the end of the list. */
export function addStakeholder(workshop: Workshop, stakeholder: Stakeholder): Workshop {
  return produce(workshop, (draft) => {
    draft.stakeholders.push(stakeholder)
  })
}

/** Changes the given fields of one stakeholder; an unknown id leaves the workshop as it was. */
export function updateStakeholder(workshop: Workshop, id: string, patch: StakeholderPatch): Workshop {
  return produce(workshop, (draft) => {
    const target = draft.stakeholders.find((s) => s.id === id)
    if (target) Object.assign(target, patch)
  })
}

/** Puts someone from the side list onto the map. */
export function placeOnMap(workshop: Workshop, id: string, position: MapPosition): Workshop {
  return setPosition(workshop, id, position)
}

/** Moves someone already on the map; a person not on the map is left alone. */
export function moveOnMap(workshop: Workshop, id: string, position: MapPosition): Workshop {
  const current = workshop.stakeholders.find((s) => s.id === id)
  if (!current?.position) return workshop
  return setPosition(workshop, id, position)
}

/** Takes someone off the map and back to the side list, keeping everything else about them. */
export function removeFromMap(workshop: Workshop, id: string): Workshop {
  return produce(workshop, (draft) => {
    const target = draft.stakeholders.find((s) => s.id === id)
    if (target) target.position = null
  })
}

/**
 * Deletes stakeholders and every reference to them in the other sections, so no id is left
 * pointing at nobody. A champion picked from them stays, under the name they had; dot votes keep
 * their results as the record of what the room decided.
 */
export function removeStakeholders(workshop: Workshop, ids: readonly string[]): Workshop {
  const doomed = new Set(ids)
  if (!workshop.stakeholders.some((s) => doomed.has(s.id))) return workshop
  const kept = (id: string) => !doomed.has(id)
  return produce(workshop, (draft) => {
    draft.stakeholders = draft.stakeholders.filter((s) => kept(s.id))
    for (const activity of draft.plan.activities) activity.stakeholderIds = activity.stakeholderIds.filter(kept)
    draft.tracking.checkIns = draft.tracking.checkIns.filter((c) => kept(c.stakeholderId))
    for (const snapshot of draft.tracking.snapshots) snapshot.entries = snapshot.entries.filter((e) => kept(e.stakeholderId))
    const leadership = draft.leadership
    leadership.leaders = leadership.leaders.filter((l) => kept(l.stakeholderId))
    leadership.mentoring = leadership.mentoring.filter((m) => kept(m.leaderId))
    for (const pair of leadership.mentoring) if (pair.mentorStakeholderId && !kept(pair.mentorStakeholderId)) pair.mentorStakeholderId = null
    for (const document of leadership.commitments) document.signatories = document.signatories.filter((s) => kept(s.stakeholderId))
    for (const champion of draft.network.champions) if (champion.stakeholderId && !kept(champion.stakeholderId)) champion.stakeholderId = null
    for (const entry of draft.journey) entry.stakeholderIds = entry.stakeholderIds.filter(kept)
  })
}

function setPosition(workshop: Workshop, id: string, position: MapPosition): Workshop {
  const next = clampPosition(position)
  return produce(workshop, (draft) => {
    const target = draft.stakeholders.find((s) => s.id === id)
    if (target) target.position = next
  })
}
