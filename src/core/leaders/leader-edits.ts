import { produce } from 'immer'
import type { Workshop } from '../workshop/schema'
import type { Leader, LeaderLevel, LeaderTactic, LeaderTacticEntry, Mentoring, WorkStatus } from './schema'

export type TacticPatch = Partial<Pick<LeaderTacticEntry, 'tactic' | 'owner' | 'date' | 'status'>>
export type MentoringPatch = Partial<Pick<Mentoring, 'mentorStakeholderId' | 'mentorName' | 'focus' | 'cadence' | 'status'>>

/** The leader record of a stakeholder, if they are marked as one. */
export function leaderOf(workshop: Workshop, stakeholderId: string): Leader | undefined {
  return workshop.leadership.leaders.find((l) => l.stakeholderId === stakeholderId)
}

/** Marks a stakeholder as a leader at a level, or changes the level of one already marked; an unknown stakeholder is left alone. */
export function setLeaderLevel(workshop: Workshop, stakeholderId: string, level: LeaderLevel): Workshop {
  if (!workshop.stakeholders.some((s) => s.id === stakeholderId)) return workshop
  return produce(workshop, (draft) => {
    const existing = draft.leadership.leaders.find((l) => l.stakeholderId === stakeholderId)
    if (existing) existing.level = level
    else draft.leadership.leaders.push({ stakeholderId, level, tactics: [] })
  })
}

/**
 * Stops treating a stakeholder as a leader: their tactics and reverse-mentoring pairs go with it.
 * Commitments they are a signatory of keep them, so a signature is never lost by this.
 */
export function unmarkLeader(workshop: Workshop, stakeholderId: string): Workshop {
  if (!leaderOf(workshop, stakeholderId)) return workshop
  return produce(workshop, (draft) => {
    draft.leadership.leaders = draft.leadership.leaders.filter((l) => l.stakeholderId !== stakeholderId)
    draft.leadership.mentoring = draft.leadership.mentoring.filter((m) => m.leaderId !== stakeholderId)
  })
}

/** A new tactic entry with defaults; the id is passed in so this stays pure. */
export function createTactic(tactic: LeaderTactic, id: string, owner = '', status: WorkStatus = 'planned'): LeaderTacticEntry {
  return { id, tactic, owner: owner.trim(), date: null, status }
}

/** Adds a tactic to a leader's list. */
export function addTactic(workshop: Workshop, stakeholderId: string, entry: LeaderTacticEntry): Workshop {
  if (!leaderOf(workshop, stakeholderId)) return workshop
  return produce(workshop, (draft) => {
    draft.leadership.leaders.find((l) => l.stakeholderId === stakeholderId)?.tactics.push(entry)
  })
}

/** Changes the given fields of one of a leader's tactics. */
export function updateTactic(workshop: Workshop, stakeholderId: string, tacticId: string, patch: TacticPatch): Workshop {
  return produce(workshop, (draft) => {
    const entry = draft.leadership.leaders.find((l) => l.stakeholderId === stakeholderId)?.tactics.find((t) => t.id === tacticId)
    if (entry) Object.assign(entry, patch)
  })
}

/** Removes one of a leader's tactics. */
export function removeTactic(workshop: Workshop, stakeholderId: string, tacticId: string): Workshop {
  const leader = leaderOf(workshop, stakeholderId)
  if (!leader?.tactics.some((t) => t.id === tacticId)) return workshop
  return produce(workshop, (draft) => {
    const target = draft.leadership.leaders.find((l) => l.stakeholderId === stakeholderId)
    if (target) target.tactics = target.tactics.filter((t) => t.id !== tacticId)
  })
}

export interface TacticCell {
  /** The entries of this tactic for this leader (usually none or one). */
  entries: readonly LeaderTacticEntry[]
  /** The least advanced status among them, or null when the leader has not taken the tactic on. */
  status: WorkStatus | null
}

const STATUS_ORDER: readonly WorkStatus[] = ['planned', 'in-progress', 'done']

/** One leader's cell in the overview matrix: what they do of a tactic and how far it has got. */
export function tacticCell(leader: Leader, tactic: LeaderTactic): TacticCell {
  const entries = leader.tactics.filter((t) => t.tactic === tactic)
  if (!entries.length) return { entries, status: null }
  const least = Math.min(...entries.map((e) => STATUS_ORDER.indexOf(e.status)))
  return { entries, status: STATUS_ORDER[least] ?? 'planned' }
}

/** A new reverse-mentoring pair; the id is passed in so this stays pure. */
export function createMentoring(id: string, leaderId: string, mentor: { stakeholderId: string | null; name: string }): Mentoring {
  return {
    id,
    leaderId,
    mentorStakeholderId: mentor.stakeholderId,
    mentorName: mentor.name.trim(),
    focus: '',
    cadence: '',
    status: 'proposed',
    log: [],
  }
}

/** Adds a reverse-mentoring pair for a leader; a pair for someone who is not a leader is refused. */
export function addMentoring(workshop: Workshop, pair: Mentoring): Workshop {
  if (!leaderOf(workshop, pair.leaderId)) return workshop
  return produce(workshop, (draft) => {
    draft.leadership.mentoring.push(pair)
  })
}

/** Changes the given fields of a reverse-mentoring pair. */
export function updateMentoring(workshop: Workshop, id: string, patch: MentoringPatch): Workshop {
  return produce(workshop, (draft) => {
    const pair = draft.leadership.mentoring.find((m) => m.id === id)
    if (pair) Object.assign(pair, patch)
  })
}

/** Removes a reverse-mentoring pair and its log. */
export function removeMentoring(workshop: Workshop, id: string): Workshop {
  if (!workshop.leadership.mentoring.some((m) => m.id === id)) return workshop
  return produce(workshop, (draft) => {
    draft.leadership.mentoring = draft.leadership.mentoring.filter((m) => m.id !== id)
  })
}

/** Adds a dated line to a pair's log, keeping the log in date order (same-day entries in the order written). */
export function addMentoringLog(workshop: Workshop, pairId: string, entry: { id: string; date: string; text: string }): Workshop {
  const text = entry.text.trim()
  if (!text) return workshop
  return produce(workshop, (draft) => {
    const pair = draft.leadership.mentoring.find((m) => m.id === pairId)
    if (!pair) return
    const at = pair.log.findIndex((e) => e.date > entry.date)
    pair.log.splice(at === -1 ? pair.log.length : at, 0, { ...entry, text })
  })
}

/** Removes one line of a pair's log. */
export function removeMentoringLog(workshop: Workshop, pairId: string, entryId: string): Workshop {
  const pair = workshop.leadership.mentoring.find((m) => m.id === pairId)
  if (!pair?.log.some((e) => e.id === entryId)) return workshop
  return produce(workshop, (draft) => {
    const target = draft.leadership.mentoring.find((m) => m.id === pairId)
    if (target) target.log = target.log.filter((e) => e.id !== entryId)
  })
}
