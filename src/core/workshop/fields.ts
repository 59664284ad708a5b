import { z } from 'zod'

/** Field rules shared by every part of the workshop schema; kept apart so section schemas can import them without a cycle. */

/** Text a user typed: any script, no NUL or other C0 control characters except tab and newline. */
export const text = (max: number) =>
  z
    .string()
    .max(max, `is longer than ${max} characters`)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(s), 'contains control characters')

export const SHORT_TEXT = 200
export const LONG_TEXT = 5000

export const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'is not a valid id')
export const isoDate = z.iso.date()
export const isoDateTime = z.iso.datetime({ offset: true })
export const score = z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100')

export const mapPositionSchema = z.strictObject({ interest: score, influence: score })

/** A list whose items carry an `id`, refused when two items share one. */
export const uniqueById = <T extends z.ZodType<{ id: string }>>(item: T, max: number, what: string) =>
  z
    .array(item)
    .max(max, `holds more than ${max} ${what}`)
    .refine((list) => new Set(list.map((entry) => entry.id)).size === list.length, `has two ${what} with the same id`)
