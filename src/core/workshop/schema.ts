import { z } from 'zod'
import { ATTITUDES } from './attitude'
import { journeySchema } from '../journey/schema'
import { leadershipSchema } from '../leaders/schema'
import { networkSchema } from '../network/schema'
import { planSchema } from '../plan/schema'
import { trackingSchema } from '../tracking/schema'
import { votesSchema } from '../voting/schema'
import { id, isoDate, isoDateTime, mapPositionSchema, text } from './fields'
import { IDENTIFICATION_QUESTION_IDS } from './identification'

/** The schema version this build reads and writes. */
export const CURRENT_SCHEMA_VERSION = 2

export const LIMITS = {
  shortText: 200,
  longText: 5000,
  stakeholders: 10_000,
  notesPerStakeholder: 500,
  tags: 30,
} as const

export { isoDate, isoDateTime, mapPositionSchema, text } from './fields'

export const stakeholderNoteSchema = z.strictObject({
  id,
  date: isoDate,
  kind: z.enum(['priority', 'concern', 'note']),
  text: text(LIMITS.longText).min(1, 'is empty'),
})

export const stakeholderSchema = z.strictObject({
  id,
  name: text(LIMITS.shortText).refine((s) => s.trim().length > 0, 'needs a name'),
  kind: z.enum(['person', 'group']),
  role: text(LIMITS.shortText),
  unit: text(LIMITS.shortText),
  position: mapPositionSchema.nullable(),
  desired: mapPositionSchema.nullable(),
  attitude: z.enum(ATTITUDES),
  notes: z.array(stakeholderNoteSchema).max(LIMITS.notesPerStakeholder),
  owner: text(LIMITS.shortText),
  tags: z.array(text(50).min(1)).max(LIMITS.tags),
  surfacedBy: z.enum(IDENTIFICATION_QUESTION_IDS).nullable(),
  createdAt: isoDateTime,
})

export const workshopSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id,
  title: text(LIMITS.shortText).refine((s) => s.trim().length > 0, 'needs a title'),
  organisation: text(LIMITS.shortText),
  initiative: text(LIMITS.longText),
  facilitator: text(LIMITS.shortText),
  language: z.string().min(2).max(35),
  startDate: isoDate.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  stakeholders: z
    .array(stakeholderSchema)
    .max(LIMITS.stakeholders, `holds more than ${LIMITS.stakeholders} stakeholders`)
    .refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'has two stakeholders with the same id'),
  plan: planSchema,
  tracking: trackingSchema,
  leadership: leadershipSchema,
  network: networkSchema,
  journey: journeySchema,
  votes: votesSchema,
})

/** What is stored on disk: the workshop plus the revision that detects a change made elsewhere. */
export const workshopFileSchema = workshopSchema.extend({ revision: z.number().int().min(0) })

export type MapPositionData = z.infer<typeof mapPositionSchema>
export type StakeholderNote = z.infer<typeof stakeholderNoteSchema>
export type Stakeholder = z.infer<typeof stakeholderSchema>
export type Workshop = z.infer<typeof workshopSchema>
export type WorkshopFile = z.infer<typeof workshopFileSchema>
export type StakeholderKind = Stakeholder['kind']
