import { z } from 'zod'
import { QUADRANT_IDS } from '../map/quadrant'
import { LONG_TEXT, SHORT_TEXT, id, isoDate, text, uniqueById } from '../workshop/fields'

/** The kinds of activity a plan is made of; `custom` takes its name from `customType`. */
export const ACTIVITY_TYPES = [
  'co-creation-session',
  'joint-prioritisation',
  'progress-report',
  'alignment-call',
  'branded-communication',
  'how-to-guide',
  'training',
  'drip-campaign',
  'office-hours',
  'town-hall',
  'newsletter',
  'custom',
] as const
export type ActivityType = (typeof ACTIVITY_TYPES)[number]

export const ACTIVITY_STATUSES = ['planned', 'in-progress', 'done', 'dropped'] as const
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number]

export const activitySchema = z.strictObject({
  id,
  title: text(SHORT_TEXT).refine((s) => s.trim().length > 0, 'needs a title'),
  type: z.enum(ACTIVITY_TYPES),
  customType: text(SHORT_TEXT),
  /** Whole quadrants targeted: everyone in them now, whoever that is. */
  quadrants: z.array(z.enum(QUADRANT_IDS)).max(QUADRANT_IDS.length),
  stakeholderIds: z.array(id).max(10_000),
  owner: text(SHORT_TEXT),
  cadence: text(SHORT_TEXT),
  channel: text(SHORT_TEXT),
  startDate: isoDate.nullable(),
  dueDate: isoDate.nullable(),
  status: z.enum(ACTIVITY_STATUSES),
  notes: text(LONG_TEXT),
})

export const planSchema = z.strictObject({
  /** How the room chose to engage each quadrant; starts from the standard approaches. */
  approaches: z.strictObject({
    'change-makers': text(LONG_TEXT),
    'change-sponsors': text(LONG_TEXT),
    onlookers: text(LONG_TEXT),
    'change-adopters': text(LONG_TEXT),
  }),
  activities: uniqueById(activitySchema, 5000, 'activities'),
})

export type Activity = z.infer<typeof activitySchema>
export type Plan = z.infer<typeof planSchema>
