import { produce } from 'immer'
import type { Workshop } from '../workshop/schema'
import type { DotVote } from './schema'

export type VoteSubject = DotVote['subject']
export type VoteParticipant = DotVote['participants'][number]

export interface NewVoteInput {
  question: string
  subject: VoteSubject
  optionIds: readonly string[]
  dotsPerPerson: number
}

/** The most dots one person may hold, as the schema allows. */
export const MAX_DOTS_PER_PERSON = 20

/** A new open vote with hidden tallies; the id and time come in so this stays pure. */
export function createVote(input: NewVoteInput, id: string, now: Date): DotVote {
  return {
    id,
    question: input.question.trim(),
    subject: input.subject,
    optionIds: [...new Set(input.optionIds)],
    dotsPerPerson: Math.min(MAX_DOTS_PER_PERSON, Math.max(1, Math.round(input.dotsPerPerson))),
    participants: [],
    revealed: false,
    createdAt: now.toISOString(),
    closedAt: null,
  }
}

/** Adds a vote, newest first. */
export function addVote(workshop: Workshop, vote: DotVote): Workshop {
  return produce(workshop, (draft) => {
    draft.votes.unshift(vote)
  })
}

export function removeVote(workshop: Workshop, voteId: string): Workshop {
  if (!workshop.votes.some((v) => v.id === voteId)) return workshop
  return produce(workshop, (draft) => {
    draft.votes = draft.votes.filter((v) => v.id !== voteId)
  })
}

/** Edits an open vote; a closed or unknown vote is left as it was. */
function editOpenVote(workshop: Workshop, voteId: string, change: (vote: DotVote) => void): Workshop {
  const vote = workshop.votes.find((v) => v.id === voteId)
  if (!vote || vote.closedAt !== null) return workshop
  return produce(workshop, (draft) => {
    const target = draft.votes.find((v) => v.id === voteId)
    if (target) change(target)
  })
}

/** Dots a participant has placed so far. */
export const dotsUsed = (participant: VoteParticipant): number => Object.values(participant.dots).reduce((sum, n) => sum + n, 0)

/** Renames the question; an empty question is refused. */
export function setQuestion(workshop: Workshop, voteId: string, question: string): Workshop {
  const trimmed = question.trim()
  if (!trimmed) return workshop
  return editOpenVote(workshop, voteId, (vote) => {
    vote.question = trimmed
  })
}

/** Changes the dots each person holds; anyone holding more than the new number loses dots from their last options. */
export function setDotsPerPerson(workshop: Workshop, voteId: string, dots: number): Workshop {
  const next = Math.min(MAX_DOTS_PER_PERSON, Math.max(1, Math.round(dots)))
  return editOpenVote(workshop, voteId, (vote) => {
    vote.dotsPerPerson = next
    for (const participant of vote.participants) {
      let excess = dotsUsed(participant) - next
      for (const optionId of [...vote.optionIds].reverse()) {
        if (excess <= 0) break
        const have = participant.dots[optionId] ?? 0
        const take = Math.min(have, excess)
        if (take > 0) setCount(participant, optionId, have - take)
        excess -= take
      }
    }
  })
}

/** Adds a participant (a name typed by the facilitator) with no dots placed. */
export function addParticipant(workshop: Workshop, voteId: string, participantId: string, name: string): Workshop {
  return editOpenVote(workshop, voteId, (vote) => {
    if (!vote.participants.some((p) => p.id === participantId)) vote.participants.push({ id: participantId, name: name.trim(), dots: {} })
  })
}

export function removeParticipant(workshop: Workshop, voteId: string, participantId: string): Workshop {
  return editOpenVote(workshop, voteId, (vote) => {
    vote.participants = vote.participants.filter((p) => p.id !== participantId)
  })
}

function setCount(participant: VoteParticipant, optionId: string, count: number): void {
  if (count > 0) participant.dots[optionId] = count
  else delete participant.dots[optionId]
}

/**
 * Sets how many dots a participant puts on one option. A count that would take them past their
 * dots is cut to what they have left; options that are not in the vote are refused.
 */
export function setDots(workshop: Workshop, voteId: string, participantId: string, optionId: string, count: number): Workshop {
  return editOpenVote(workshop, voteId, (vote) => {
    const participant = vote.participants.find((p) => p.id === participantId)
    if (!participant || !vote.optionIds.includes(optionId)) return
    const elsewhere = dotsUsed(participant) - (participant.dots[optionId] ?? 0)
    setCount(participant, optionId, Math.max(0, Math.min(Math.round(count), vote.dotsPerPerson - elsewhere)))
  })
}

/** Shows the tallies to the room. Revealing cannot be undone except by undo itself. */
export function revealVote(workshop: Workshop, voteId: string): Workshop {
  const vote = workshop.votes.find((v) => v.id === voteId)
  if (!vote || vote.revealed) return workshop
  return produce(workshop, (draft) => {
    const target = draft.votes.find((v) => v.id === voteId)
    if (target) target.revealed = true
  })
}

/** Closes the vote: no more dots; the result stays in the workshop. Closing also reveals it. */
export function closeVote(workshop: Workshop, voteId: string, now: Date): Workshop {
  return editOpenVote(workshop, voteId, (vote) => {
    vote.closedAt = now.toISOString()
    vote.revealed = true
  })
}

export function reopenVote(workshop: Workshop, voteId: string): Workshop {
  const vote = workshop.votes.find((v) => v.id === voteId)
  if (!vote || vote.closedAt === null) return workshop
  return produce(workshop, (draft) => {
    const target = draft.votes.find((v) => v.id === voteId)
    if (target) target.closedAt = null
  })
}

export interface TallyRow {
  optionId: string
  dots: number
  /** How many participants put at least one dot on it. */
  voters: number
  /** 1 for the most dots; options with equal dots share a rank. */
  rank: number
}

/** The result: every option with its dots, most first; ties keep the order the options were listed in. */
export function tally(vote: DotVote): TallyRow[] {
  const rows = vote.optionIds.map((optionId, index) => ({
    optionId,
    index,
    dots: vote.participants.reduce((sum, p) => sum + (p.dots[optionId] ?? 0), 0),
    voters: vote.participants.filter((p) => (p.dots[optionId] ?? 0) > 0).length,
  }))
  rows.sort((a, b) => b.dots - a.dots || a.index - b.index)
  let rank = 0
  return rows.map((row, i) => {
    if (i === 0 || row.dots !== rows[i - 1]?.dots) rank = i + 1
    return { optionId: row.optionId, dots: row.dots, voters: row.voters, rank }
  })
}

/** Who still has dots to place: the facilitator's checklist before revealing. */
export function participantsWithDotsLeft(vote: DotVote): VoteParticipant[] {
  return vote.participants.filter((p) => dotsUsed(p) < vote.dotsPerPerson)
}

/** The options a vote can offer: people on the map, or the plan's activities, in their list order. */
export function voteCandidates(workshop: Workshop, subject: VoteSubject): Array<{ id: string; label: string }> {
  if (subject === 'stakeholders') return workshop.stakeholders.filter((s) => s.position !== null).map((s) => ({ id: s.id, label: s.name }))
  return workshop.plan.activities.map((a) => ({ id: a.id, label: a.title }))
}

/** The label of an option, or a note that it has been deleted since the vote began. */
export function optionLabel(workshop: Workshop, subject: VoteSubject, optionId: string): string {
  if (subject === 'stakeholders') return workshop.stakeholders.find((s) => s.id === optionId)?.name ?? 'Someone deleted since'
  return workshop.plan.activities.find((a) => a.id === optionId)?.title ?? 'An activity deleted since'
}
