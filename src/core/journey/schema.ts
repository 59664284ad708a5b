import { z } from 'zod'
import { LONG_TEXT, SHORT_TEXT, id, isoDate, text, uniqueById } from '../workshop/fields'

/** A big day or a small day in the life of the change, and the story worth retelling. */
export const journeyEntrySchema = z.strictObject({
  id,
  date: isoDate,
  size: z.enum(['big', 'small']),
  title: text(SHORT_TEXT).refine((s) => s.trim().length > 0, 'needs a title'),
  story: text(LONG_TEXT),
  tags: z.array(text(50).min(1)).max(30),
  stakeholderIds: z.array(id).max(1000),
})

export const journeySchema = uniqueById(journeyEntrySchema, 5000, 'journey entries')

export type JourneyEntry = z.infer<typeof journeyEntrySchema>
