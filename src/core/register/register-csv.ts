import { QUADRANTS, quadrantOf } from '../map/quadrant'
import { ATTITUDE_INFO } from '../workshop/attitude'
import { IDENTIFICATION_QUESTIONS } from '../workshop/identification'
import type { Stakeholder, Workshop } from '../workshop/schema'

/** A spreadsheet would run a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/

/** One CSV cell: a leading formula character is neutralised with an apostrophe, then quoted if needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n;]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe
}

const score = (n: number | undefined) => (n === undefined ? '' : String(Math.round(n * 10) / 10))
const notesOf = (s: Stakeholder, kind: Stakeholder['notes'][number]['kind']) =>
  s.notes
    .filter((n) => n.kind === kind)
    .map((n) => `${n.date}: ${n.text}`)
    .join('\n')

const COLUMNS: ReadonlyArray<readonly [string, (s: Stakeholder) => string]> = [
  ['Name', (s) => s.name],
  ['Kind', (s) => (s.kind === 'group' ? 'Group' : 'Person')],
  ['Role', (s) => s.role],
  ['Business unit', (s) => s.unit],
  ['Influence', (s) => score(s.position?.influence)],
  ['Interest', (s) => score(s.position?.interest)],
  ['Quadrant', (s) => (s.position ? QUADRANTS[quadrantOf(s.position)].name : 'Not on the map')],
  ['Attitude', (s) => ATTITUDE_INFO[s.attitude].label],
  ['Engagement owner', (s) => s.owner],
  ['Tags', (s) => s.tags.join(', ')],
  ['Desired influence', (s) => score(s.desired?.influence)],
  ['Desired interest', (s) => score(s.desired?.interest)],
  ['Surfaced by', (s) => (s.surfacedBy ? IDENTIFICATION_QUESTIONS[s.surfacedBy] : '')],
  ['Priorities', (s) => notesOf(s, 'priority')],
  ['Concerns', (s) => notesOf(s, 'concern')],
  ['Notes', (s) => notesOf(s, 'note')],
]

/**
 * The stakeholder register as CSV text: one row per stakeholder, scores on 0–100, notes dated, CRLF
 * line ends and a UTF-8 byte-order mark so Excel shows every script. Cells that a spreadsheet would
 * run as formulas (starting with = + - @) are escaped. Coalition's import reads this file back.
 */
export function registerCsv(workshop: Pick<Workshop, 'stakeholders'>, stakeholders: readonly Stakeholder[] = workshop.stakeholders): string {
  const lines = [COLUMNS.map(([header]) => csvCell(header)).join(',')]
  for (const s of stakeholders) lines.push(COLUMNS.map(([, value]) => csvCell(value(s))).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** A file name for the register export, from the workshop's title. */
export function registerCsvFileName(title: string): string {
  const stem = title.replace(/[/\\:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Workshop'
  return `${stem} - stakeholder register.csv`
}
