import { z } from 'zod'
import { LONG_TEXT, SHORT_TEXT, id, isoDate, isoDateTime, text, uniqueById } from '../workshop/fields'

export const LEADER_LEVELS = ['executive', 'mid-level'] as const
export type LeaderLevel = (typeof LEADER_LEVELS)[number]

/** The tactics a leader can take on; labels and descriptions live in the leaders catalog. */
export const LEADER_TACTICS = [
  'accountability-goal',
  'model-new-way',
  'video-message',
  'briefing-kit',
  'feedback-channel',
  'update-cadence',
  'open-kick-off',
  'recognition',
  'office-hours',
] as const
export type LeaderTactic = (typeof LEADER_TACTICS)[number]

export const WORK_STATUSES = ['planned', 'in-progress', 'done'] as const
export type WorkStatus = (typeof WORK_STATUSES)[number]

export const leaderTacticSchema = z.strictObject({
  id,
  tactic: z.enum(LEADER_TACTICS),
  owner: text(SHORT_TEXT),
  date: isoDate.nullable(),
  status: z.enum(WORK_STATUSES),
})

export const leaderSchema = z.strictObject({
  /** The leader is a stakeholder; this adds what only leaders have. */
  stakeholderId: id,
  level: z.enum(LEADER_LEVELS),
  tactics: uniqueById(leaderTacticSchema, 100, 'tactics'),
})

export const mentoringSchema = z.strictObject({
  id,
  leaderId: id,
  /** The digitally fluent colleague; a stakeholder when they are on the map, else just a name. */
  mentorStakeholderId: id.nullable(),
  mentorName: text(SHORT_TEXT),
  focus: text(LONG_TEXT),
  cadence: text(SHORT_TEXT),
  status: z.enum(['proposed', 'active', 'paused', 'finished']),
  log: uniqueById(z.strictObject({ id, date: isoDate, text: text(LONG_TEXT).min(1, 'is empty') }), 1000, 'log entries'),
})

/** A signature drawn on screen, kept as vector strokes in the pad's own coordinates. */
export const signatureSchema = z.strictObject({
  width: z.number().positive().max(4000),
  height: z.number().positive().max(4000),
  /** Each stroke is a flat list x0, y0, x1, y1, … */
  strokes: z
    .array(z.strictObject({ points: z.array(z.number().finite()).min(2).max(20_000) }))
    .min(1, 'has no strokes')
    .max(500),
  signedAt: isoDateTime,
})

export const COMMITMENT_TEMPLATES = ['leadership-commitment', 'champion-pledge', 'blank'] as const
export type CommitmentTemplate = (typeof COMMITMENT_TEMPLATES)[number]

export const commitmentSchema = z.strictObject({
  id,
  template: z.enum(COMMITMENT_TEMPLATES),
  title: text(SHORT_TEXT).refine((s) => s.trim().length > 0, 'needs a title'),
  preamble: text(LONG_TEXT),
  statements: uniqueById(
    z.strictObject({ id, text: text(LONG_TEXT).refine((s) => s.trim().length > 0, 'is empty'), proposedBy: text(SHORT_TEXT) }),
    200,
    'statements',
  ),
  signatories: z
    .array(
      z.strictObject({
        stakeholderId: id,
        /** null: a blank line is left to sign on paper. */
        signature: signatureSchema.nullable(),
      }),
    )
    .max(200)
    .refine((list) => new Set(list.map((s) => s.stakeholderId)).size === list.length, 'lists a signatory twice'),
  date: isoDate.nullable(),
  place: text(SHORT_TEXT),
})

export const leadershipSchema = z.strictObject({
  leaders: z
    .array(leaderSchema)
    .max(1000)
    .refine((list) => new Set(list.map((l) => l.stakeholderId)).size === list.length, 'lists a leader twice'),
  mentoring: uniqueById(mentoringSchema, 1000, 'mentoring pairs'),
  commitments: uniqueById(commitmentSchema, 100, 'commitment documents'),
})

export type Leader = z.infer<typeof leaderSchema>
export type LeaderTacticEntry = z.infer<typeof leaderTacticSchema>
export type Mentoring = z.infer<typeof mentoringSchema>
export type Signature = z.infer<typeof signatureSchema>
export type Commitment = z.infer<typeof commitmentSchema>
export type Leadership = z.infer<typeof leadershipSchema>
