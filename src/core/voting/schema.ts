import { z } from 'zod'
import { SHORT_TEXT, id, isoDateTime, text, uniqueById } from '../workshop/fields'

/** A dot vote: each participant spreads `dotsPerPerson` dots over the options; tallies stay hidden until revealed. */
export const voteSchema = z.strictObject({
  id,
  question: text(SHORT_TEXT).refine((s) => s.trim().length > 0, 'needs a question'),
  subject: z.enum(['stakeholders', 'activities']),
  optionIds: z.array(id).min(1, 'has no options').max(1000),
  dotsPerPerson: z.number().int().min(1).max(20),
  participants: uniqueById(
    z.strictObject({ id, name: text(SHORT_TEXT), dots: z.record(id, z.number().int().min(0).max(20)) }),
    200,
    'participants',
  ),
  revealed: z.boolean(),
  createdAt: isoDateTime,
  closedAt: isoDateTime.nullable(),
})

export const votesSchema = uniqueById(voteSchema, 500, 'votes')

export type DotVote = z.infer<typeof voteSchema>
