import { z } from 'zod'
import { ATTITUDES } from '../workshop/attitude'
import { LONG_TEXT, SHORT_TEXT, id, isoDate, isoDateTime, mapPositionSchema, text, uniqueById } from '../workshop/fields'

/** A dated reading of one stakeholder: where they stand, how they feel, what is on their mind. */
export const checkInSchema = z.strictObject({
  id,
  stakeholderId: id,
  date: isoDate,
  attitude: z.enum(ATTITUDES),
  position: mapPositionSchema.nullable(),
  note: text(LONG_TEXT),
  metric: z.strictObject({ name: text(SHORT_TEXT), value: z.number().finite() }).nullable(),
})

/** A named picture of the map at one moment, so the room can see later who moved. */
export const snapshotSchema = z.strictObject({
  id,
  name: text(SHORT_TEXT).refine((s) => s.trim().length > 0, 'needs a name'),
  takenAt: isoDateTime,
  entries: z
    .array(z.strictObject({ stakeholderId: id, position: mapPositionSchema, attitude: z.enum(ATTITUDES) }))
    .max(10_000),
})

export const trackingSchema = z.strictObject({
  checkIns: uniqueById(checkInSchema, 50_000, 'check-ins'),
  snapshots: uniqueById(snapshotSchema, 500, 'snapshots'),
})

export type CheckIn = z.infer<typeof checkInSchema>
export type Snapshot = z.infer<typeof snapshotSchema>
export type Tracking = z.infer<typeof trackingSchema>
