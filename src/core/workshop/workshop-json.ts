import { type Result, fail, ok } from '../result'
import { migrateDocument } from './migrations'
import { type WorkshopFile, workshopFileSchema } from './schema'
import { describeIssues } from './validation-message'

/** Larger files are refused before parsing: no real workshop comes near this. */
export const MAX_WORKSHOP_FILE_CHARS = 64 * 1024 * 1024

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** JSON.parse that drops keys which could reach an object's prototype if the data were merged later. */
export function parseUntrustedJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value))
}

/** Reads a workshop file's text: parses, migrates and validates it, or says plainly why it cannot. */
export function readWorkshopJson(text: string): Result<WorkshopFile> {
  if (text.length > MAX_WORKSHOP_FILE_CHARS) {
    return fail('too-large', 'This file is too large to be a Coalition workshop (over 64 MB).')
  }
  if (text.trim().length === 0) {
    return fail('not-a-workshop', 'This file is empty, so it is not a Coalition workshop.')
  }
  let raw: unknown
  try {
    raw = parseUntrustedJson(text)
  } catch (error) {
    // Parsing recurses once per level of nesting; no workshop nests more than a few levels.
    if (error instanceof RangeError) return fail('not-a-workshop', 'This file is nested far too deeply to be a Coalition workshop.')
    return fail('not-a-workshop', 'This file is not valid JSON: it may be truncated or not a Coalition workshop.')
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('not-a-workshop', 'This file does not hold a Coalition workshop.')
  }
  const migrated = migrateDocument(raw as Record<string, unknown>)
  if (!migrated.ok) return migrated
  const parsed = workshopFileSchema.safeParse(migrated.value)
  if (!parsed.success) {
    return fail('not-a-workshop', `This file is not a valid Coalition workshop. ${describeIssues(parsed.error)}.`)
  }
  return ok(parsed.data)
}

/** The text written to disk for a workshop: stable key order, two-space indent, final newline. */
export function serializeWorkshop(file: WorkshopFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}
