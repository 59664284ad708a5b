import { type Result, fail, ok } from '../result'
import { migrateDocument } from './migrations'
import { type Stakeholder, type WorkshopFile, workshopFileSchema } from './schema'
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

/** Between two stakeholder entries in serializeWorkshop's text. */
export const STAKEHOLDER_SEPARATOR = ',\n    '
const STAKEHOLDERS_SLOT = '\n  "stakeholders": []'

/** One stakeholder's entry in serializeWorkshop's text, indented as it sits in the list. */
export function stakeholderEntryText(stakeholder: Stakeholder): string {
  return JSON.stringify(stakeholder, null, 2).replaceAll('\n', '\n    ')
}

/**
 * serializeWorkshop's text around the stakeholder entries: `before`, the entries joined by
 * STAKEHOLDER_SEPARATOR, then `after`. A writer that keeps each entry between saves then encodes
 * only what changed. The slot is found safely: JSON strings never hold a raw line break, so a line
 * that starts with two spaces and the key can only be the top-level key.
 */
export function workshopTextAround(file: WorkshopFile): { before: string; after: string } {
  const text = JSON.stringify({ ...file, stakeholders: [] }, null, 2)
  const close = text.indexOf(STAKEHOLDERS_SLOT) + STAKEHOLDERS_SLOT.length - 1
  if (file.stakeholders.length === 0) return { before: text.slice(0, close), after: `${text.slice(close)}\n` }
  return { before: `${text.slice(0, close)}\n    `, after: `\n  ${text.slice(close)}\n` }
}
