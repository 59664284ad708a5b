import { z } from 'zod'
import { LONG_TEXT, SHORT_TEXT, id, isoDate, text, uniqueById } from '../workshop/fields'

export const CHAMPION_STAGES = ['identified', 'invited', 'confirmed', 'declined'] as const
export type ChampionStage = (typeof CHAMPION_STAGES)[number]

export const championSchema = z.strictObject({
  id,
  /** Set when the champion was picked from the stakeholders; the name and unit are kept either way. */
  stakeholderId: id.nullable(),
  name: text(SHORT_TEXT).refine((s) => s.trim().length > 0, 'needs a name'),
  unit: text(SHORT_TEXT),
  respected: z.boolean(),
  willing: z.boolean(),
  stage: z.enum(CHAMPION_STAGES),
  /** The day the champion reached each stage they have been through. */
  stageDates: z.strictObject({
    identified: isoDate.nullable(),
    invited: isoDate.nullable(),
    confirmed: isoDate.nullable(),
    declined: isoDate.nullable(),
  }),
  notes: text(LONG_TEXT),
})

export const feedbackSchema = z.strictObject({
  id,
  date: isoDate,
  from: text(SHORT_TEXT),
  text: text(LONG_TEXT).refine((s) => s.trim().length > 0, 'is empty'),
  actedOn: z.boolean(),
  action: text(LONG_TEXT),
})

export const networkSchema = z.strictObject({
  champions: uniqueById(championSchema, 2000, 'champions'),
  meetingCadence: text(SHORT_TEXT),
  communicationPlan: text(LONG_TEXT),
  kickOffDate: isoDate.nullable(),
  kickOffAgenda: text(LONG_TEXT),
  /** What champions are given to spread the word: information and tools. */
  provided: text(LONG_TEXT),
  feedback: uniqueById(feedbackSchema, 5000, 'feedback items'),
})

export type Champion = z.infer<typeof championSchema>
export type NetworkFeedback = z.infer<typeof feedbackSchema>
export type ChangeNetwork = z.infer<typeof networkSchema>
