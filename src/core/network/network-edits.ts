import { produce } from 'immer'
import type { Stakeholder, Workshop } from '../workshop/schema'
import type { ChangeNetwork, Champion, ChampionStage, NetworkFeedback } from './schema'

/** A calendar day as the schema stores it, e.g. "2026-11-23". */
export type IsoDay = string

export interface NewChampionInput {
  name: string
  unit?: string
  respected?: boolean
  willing?: boolean
  notes?: string
}

const noDates = (): Champion['stageDates'] => ({ identified: null, invited: null, confirmed: null, declined: null })

/** A new champion typed in by name, identified on `today`; the id comes in so this stays pure. */
export function createChampion(input: NewChampionInput, id: string, today: IsoDay): Champion {
  return {
    id,
    stakeholderId: null,
    name: input.name.trim(),
    unit: input.unit?.trim() ?? '',
    respected: input.respected ?? false,
    willing: input.willing ?? false,
    stage: 'identified',
    stageDates: { ...noDates(), identified: today },
    notes: input.notes ?? '',
  }
}

/** A new champion picked from the stakeholders: their name and unit are copied and kept. */
export function createChampionFromStakeholder(stakeholder: Stakeholder, id: string, today: IsoDay): Champion {
  return { ...createChampion({ name: stakeholder.name, unit: stakeholder.unit }, id, today), stakeholderId: stakeholder.id }
}

/** Stakeholders who are not champions yet, in list order. */
export function championCandidates(workshop: Pick<Workshop, 'stakeholders' | 'network'>): Stakeholder[] {
  const taken = new Set(workshop.network.champions.map((c) => c.stakeholderId))
  return workshop.stakeholders.filter((s) => !taken.has(s.id))
}

/** Adds a champion; a blank name, a used id or a stakeholder who already is one changes nothing. */
export function addChampion(workshop: Workshop, champion: Champion): Workshop {
  const champions = workshop.network.champions
  if (!champion.name.trim()) return workshop
  if (champions.some((c) => c.id === champion.id)) return workshop
  if (champion.stakeholderId && champions.some((c) => c.stakeholderId === champion.stakeholderId)) return workshop
  return produce(workshop, (draft) => {
    draft.network.champions.push(champion)
  })
}

/** The stages a champion cannot have reached yet when they stand at `stage`. */
const LATER_STAGES: Readonly<Record<ChampionStage, readonly ChampionStage[]>> = {
  identified: ['invited', 'confirmed', 'declined'],
  invited: ['confirmed', 'declined'],
  confirmed: ['declined'],
  declined: ['confirmed'],
}

/**
 * Moves a champion to a stage and stamps `today` as the day they reached it. A stage they had
 * reached before keeps its first date; dates of stages beyond the new one are cleared, since
 * they no longer hold (moving back from confirmed to invited un-confirms them).
 */
export function moveChampion(workshop: Workshop, id: string, stage: ChampionStage, today: IsoDay): Workshop {
  const current = workshop.network.champions.find((c) => c.id === id)
  if (!current || current.stage === stage) return workshop
  return produce(workshop, (draft) => {
    const target = draft.network.champions.find((c) => c.id === id)
    if (!target) return
    target.stage = stage
    target.stageDates[stage] ??= today
    for (const later of LATER_STAGES[stage]) target.stageDates[later] = null
  })
}

export type ChampionPatch = Partial<Pick<Champion, 'name' | 'unit' | 'respected' | 'willing' | 'notes'>> & {
  stageDates?: Partial<Champion['stageDates']>
}

/** Changes the given fields of a champion; a blank name or an unknown id changes nothing. */
export function updateChampion(workshop: Workshop, id: string, patch: ChampionPatch): Workshop {
  if (patch.name !== undefined && !patch.name.trim()) return workshop
  if (!workshop.network.champions.some((c) => c.id === id)) return workshop
  return produce(workshop, (draft) => {
    const target = draft.network.champions.find((c) => c.id === id)
    if (!target) return
    const { stageDates, ...fields } = patch
    Object.assign(target, fields)
    if (fields.name !== undefined) target.name = fields.name.trim()
    if (fields.unit !== undefined) target.unit = fields.unit.trim()
    if (stageDates) Object.assign(target.stageDates, stageDates)
  })
}

/** Takes a champion out of the network; the stakeholder they came from stays. */
export function removeChampion(workshop: Workshop, id: string): Workshop {
  if (!workshop.network.champions.some((c) => c.id === id)) return workshop
  return produce(workshop, (draft) => {
    draft.network.champions = draft.network.champions.filter((c) => c.id !== id)
  })
}

export type NetworkPlanPatch = Partial<Pick<ChangeNetwork, 'meetingCadence' | 'communicationPlan' | 'kickOffDate' | 'kickOffAgenda' | 'provided'>>

/** Changes the network plan: cadence, communication plan, kick-off and what champions are given. */
export function updateNetworkPlan(workshop: Workshop, patch: NetworkPlanPatch): Workshop {
  const network = workshop.network
  const changed = (Object.keys(patch) as (keyof NetworkPlanPatch)[]).some((key) => patch[key] !== network[key])
  if (!changed) return workshop
  return produce(workshop, (draft) => {
    Object.assign(draft.network, patch)
  })
}

export interface NewFeedbackInput {
  date: IsoDay
  from?: string
  text: string
}

/** A feedback item from the network, not yet acted on. */
export function createFeedback(input: NewFeedbackInput, id: string): NetworkFeedback {
  return { id, date: input.date, from: input.from?.trim() ?? '', text: input.text.trim(), actedOn: false, action: '' }
}

/** Logs a feedback item; an empty one or a used id changes nothing. */
export function addFeedback(workshop: Workshop, item: NetworkFeedback): Workshop {
  if (!item.text.trim() || workshop.network.feedback.some((f) => f.id === item.id)) return workshop
  return produce(workshop, (draft) => {
    draft.network.feedback.push(item)
  })
}

export type FeedbackPatch = Partial<Pick<NetworkFeedback, 'date' | 'from' | 'text' | 'action' | 'actedOn'>>

/** Changes a feedback item; emptying its text changes nothing (remove it instead). */
export function updateFeedback(workshop: Workshop, id: string, patch: FeedbackPatch): Workshop {
  if (patch.text !== undefined && !patch.text.trim()) return workshop
  if (!workshop.network.feedback.some((f) => f.id === id)) return workshop
  return produce(workshop, (draft) => {
    const target = draft.network.feedback.find((f) => f.id === id)
    if (target) Object.assign(target, patch)
  })
}

/** Marks a feedback item acted on or not, optionally saying what was done. */
export function markFeedback(workshop: Workshop, id: string, actedOn: boolean, action?: string): Workshop {
  return updateFeedback(workshop, id, action === undefined ? { actedOn } : { actedOn, action })
}

/** Deletes a feedback item. */
export function removeFeedback(workshop: Workshop, id: string): Workshop {
  if (!workshop.network.feedback.some((f) => f.id === id)) return workshop
  return produce(workshop, (draft) => {
    draft.network.feedback = draft.network.feedback.filter((f) => f.id !== id)
  })
}
