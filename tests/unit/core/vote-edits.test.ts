import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  addParticipant,
  addVote,
  closeVote,
  createVote,
  dotsUsed,
  optionLabel,
  participantsWithDotsLeft,
  removeParticipant,
  removeVote,
  reopenVote,
  revealVote,
  setDots,
  setDotsPerPerson,
  setQuestion,
  tally,
  voteCandidates,
} from '../../../src/core/voting/vote-edits'
import { workshopSchema } from '../../../src/core/workshop/schema'
import { removeStakeholders } from '../../../src/core/workshop/stakeholder-edits'
import { readWorkshopJson } from '../../../src/core/workshop/workshop-json'

const loaded = readWorkshopJson(readFileSync(new URL('../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
if (!loaded.ok) throw new Error(loaded.error.message)
const { revision: _revision, ...sample } = loaded.value
const now = new Date('2026-11-23T10:00:00Z')
const valid = (w: typeof sample) => workshopSchema.safeParse(w).success

const [a, b, c] = voteCandidates(sample, 'stakeholders').map((o) => o.id)
if (!a || !b || !c) throw new Error('the sample has too few people on the map')
const base = addVote(sample, createVote({ question: '  Who do we engage first? ', subject: 'stakeholders', optionIds: [a, b, c, a], dotsPerPerson: 3 }, 'v1', now))
const vote = (w: typeof sample) => {
  const found = w.votes.find((v) => v.id === 'v1')
  if (!found) throw new Error('vote v1 is gone')
  return found
}
const withTwo = addParticipant(addParticipant(base, 'v1', 'p1', 'Ana'), 'v1', 'p2', 'Ben')

describe('dot votes', () => {
  it('opens a vote with hidden tallies, unique options and a valid workshop', () => {
    expect(vote(base)).toMatchObject({ question: 'Who do we engage first?', optionIds: [a, b, c], dotsPerPerson: 3, revealed: false, closedAt: null, participants: [] })
    expect(valid(base)).toBe(true)
  })

  it('keeps each participant within their dots', () => {
    let w = setDots(withTwo, 'v1', 'p1', a, 2)
    w = setDots(w, 'v1', 'p1', b, 5)
    expect(vote(w).participants[0]?.dots).toEqual({ [a]: 2, [b]: 1 })
    expect(dotsUsed(vote(w).participants[0] ?? { id: '', name: '', dots: {} })).toBe(3)
    // Taking a dot back frees it for another option.
    w = setDots(setDots(w, 'v1', 'p1', a, 0), 'v1', 'p1', c, 2)
    expect(vote(w).participants[0]?.dots).toEqual({ [b]: 1, [c]: 2 })
    expect(setDots(w, 'v1', 'p1', 'not-an-option', 1)).toBe(w)
    expect(valid(w)).toBe(true)
  })

  it('tallies most dots first, with shared ranks and voter counts', () => {
    let w = setDots(setDots(withTwo, 'v1', 'p1', b, 2), 'v1', 'p1', c, 1)
    w = setDots(setDots(w, 'v1', 'p2', c, 2), 'v1', 'p2', a, 1)
    expect(tally(vote(w))).toEqual([
      { optionId: c, dots: 3, voters: 2, rank: 1 },
      { optionId: b, dots: 2, voters: 1, rank: 2 },
      { optionId: a, dots: 1, voters: 1, rank: 3 },
    ])
    // Equal dots share a rank; the listed order breaks the tie.
    const tied = setDots(setDots(withTwo, 'v1', 'p1', b, 1), 'v1', 'p2', a, 1)
    expect(tally(vote(tied)).map((r) => [r.optionId, r.rank])).toEqual([
      [a, 1],
      [b, 1],
      [c, 3],
    ])
    expect(participantsWithDotsLeft(vote(w))).toEqual([])
    expect(participantsWithDotsLeft(vote(withTwo)).map((p) => p.name)).toEqual(['Ana', 'Ben'])
  })

  it('reveals, then closing freezes the result until reopened', () => {
    const revealed = revealVote(setDots(withTwo, 'v1', 'p1', a, 1), 'v1')
    expect(vote(revealed).revealed).toBe(true)
    expect(revealVote(revealed, 'v1')).toBe(revealed)
    const closed = closeVote(revealed, 'v1', now)
    expect(vote(closed).closedAt).toBe(now.toISOString())
    expect(setDots(closed, 'v1', 'p1', b, 1)).toBe(closed)
    expect(addParticipant(closed, 'v1', 'p3', 'Cy')).toBe(closed)
    expect(setQuestion(closed, 'v1', 'Other')).toBe(closed)
    expect(vote(reopenVote(closed, 'v1')).closedAt).toBeNull()
    expect(valid(closed)).toBe(true)
  })

  it('closing an unrevealed vote reveals it, since the result is kept', () => {
    expect(vote(closeVote(withTwo, 'v1', now)).revealed).toBe(true)
  })

  it('fewer dots per person trims the dots of whoever holds too many', () => {
    const w = setDots(setDots(setDots(withTwo, 'v1', 'p1', a, 1), 'v1', 'p1', b, 1), 'v1', 'p1', c, 1)
    expect(vote(setDotsPerPerson(w, 'v1', 2)).participants[0]?.dots).toEqual({ [a]: 1, [b]: 1 })
    expect(vote(setDotsPerPerson(w, 'v1', 99)).dotsPerPerson).toBe(20)
  })

  it('removes participants and votes; an empty question is refused', () => {
    expect(vote(removeParticipant(withTwo, 'v1', 'p1')).participants.map((p) => p.name)).toEqual(['Ben'])
    expect(setQuestion(withTwo, 'v1', '   ')).toBe(withTwo)
    expect(removeVote(withTwo, 'v1').votes).toEqual(sample.votes)
  })

  it('names options, and says so when one was deleted since', () => {
    expect(optionLabel(base, 'stakeholders', a)).toBe(sample.stakeholders.find((s) => s.id === a)?.name)
    expect(optionLabel(removeStakeholders(base, [a]), 'stakeholders', a)).toBe('Someone deleted since')
    expect(voteCandidates(sample, 'activities').length).toBe(sample.plan.activities.length)
  })
})
