import { produce } from 'immer'
import type { MapPosition } from '../map/quadrant'
import type { Attitude } from '../workshop/attitude'
import type { IdentificationQuestionId } from '../workshop/identification'
import { LIMITS, type Stakeholder, type StakeholderKind, type StakeholderNote, stakeholderSchema } from '../workshop/schema'
import { createStakeholder } from '../workshop/stakeholder-edits'
import type { Workshop } from '../workshop/schema'
import { describeIssues } from '../workshop/validation-message'
import { cleanCell, identityKey } from './clean-text'
import type { ImportFieldId } from './import-fields'
import { type ImportMapping, dataRowIndexes } from './import-mapping'
import { readAttitude, readKind, readTags } from './import-values'
import { toScore } from './scales'
import { isBlankRow } from './spreadsheet-grid'

export type DuplicatePolicy = 'merge' | 'skip'

export interface ImportOptions {
  duplicates: DuplicatePolicy
  /** The date given to imported notes (YYYY-MM-DD). */
  today: string
  /** The identification question everyone imported here answers, if any. */
  surfacedBy?: IdentificationQuestionId | null
}

/** One person as read from a row, cleaned and ready to become a stakeholder. */
export interface ImportedPerson {
  name: string
  kind: StakeholderKind
  role: string
  unit: string
  position: MapPosition | null
  attitude: Attitude
  owner: string
  tags: string[]
  notes: { kind: StakeholderNote['kind']; text: string }[]
}

export type RowOutcome = 'add' | 'merge' | 'skip'

export interface PreviewRow {
  /** The row number as the spreadsheet shows it (the first row is 1). */
  row: number
  outcome: RowOutcome
  /** Why the row is skipped, or whom it merges into. */
  reason: string | null
  /** What was adjusted on the way in (shortened text, unreadable scores…). */
  notes: string[]
  person: ImportedPerson | null
  /** Whether the row has the same name and unit as someone already there or an earlier row. */
  duplicate: boolean
  /** For a merge: the stakeholder already in the workshop, or the earlier row of the same file. */
  mergeInto: { existingId: string } | { row: number } | null
}

export interface ImportPlan {
  rows: PreviewRow[]
  /** Rows with nothing in them; ignored and only counted. */
  blankRows: number
  counts: Record<RowOutcome, number>
  /** Something about the whole import worth saying before it runs. */
  warnings: string[]
  /** Set when nothing can be imported under this mapping, with what to do about it. */
  blocked: string | null
}

const SINGLE: { singleLine: boolean; max: number } = { singleLine: true, max: LIMITS.shortText }

/**
 * What an import would do, row by row, without changing anything: who is added, who merges into
 * someone already there (same name and unit), and every skipped row with its reason.
 */
export function buildImportPlan(rows: readonly string[][], mapping: ImportMapping, workshop: Workshop, options: ImportOptions): ImportPlan {
  const has = (field: ImportFieldId) => mapping.columns.includes(field)
  const empty: ImportPlan = { rows: [], blankRows: 0, counts: { add: 0, merge: 0, skip: 0 }, warnings: [], blocked: null }
  if (!has('name') && !has('firstName') && !has('lastName')) return { ...empty, blocked: 'Choose the column that holds the names.' }

  const warnings: string[] = []
  if (has('influence') !== has('interest')) {
    warnings.push(`Only ${has('influence') ? 'influence' : 'interest'} is mapped: people need both to go on the map, so they will wait in the side list.`)
  }
  const existing = new Map<string, Stakeholder>()
  for (const s of workshop.stakeholders) if (!existing.has(identityKey(s.name, s.unit))) existing.set(identityKey(s.name, s.unit), s)
  const seen = new Map<string, PreviewRow>()
  const previews: PreviewRow[] = []
  let blankRows = 0
  let room = LIMITS.stakeholders - workshop.stakeholders.length

  for (const index of dataRowIndexes(rows, mapping.headerRow)) {
    const cells = rows[index] ?? []
    if (isBlankRow(cells)) {
      blankRows++
      continue
    }
    const row = index + 1
    const read = readRow(cells, mapping)
    if ('skip' in read) {
      previews.push({ row, outcome: 'skip', reason: read.skip, notes: [], person: null, duplicate: false, mergeInto: null })
      continue
    }
    const { person, notes } = read
    const key = identityKey(person.name, person.unit)
    const earlier = seen.get(key)
    const already = existing.get(key)
    if (earlier || already) {
      const where = earlier ? `row ${earlier.row}` : `“${already?.name}”, already in the workshop`
      if (options.duplicates === 'skip' || earlier?.outcome === 'skip') {
        previews.push({ row, outcome: 'skip', reason: `Same name and unit as ${where}.`, notes, person, duplicate: true, mergeInto: null })
        continue
      }
      if (earlier?.person) earlier.person = fillBlanks(earlier.person, person)
      previews.push({
        row,
        outcome: 'merge',
        reason: `Same name and unit as ${where}: fills in what is empty there and adds tags and notes.`,
        notes,
        person,
        duplicate: true,
        mergeInto: earlier ? { row: earlier.row } : { existingId: already?.id ?? '' },
      })
      if (!earlier) seen.set(key, previews[previews.length - 1] as PreviewRow)
      continue
    }
    if (room <= 0) {
      previews.push({ row, outcome: 'skip', reason: `The workshop already holds ${LIMITS.stakeholders.toLocaleString('en')} stakeholders, the most it can.`, notes, person, duplicate: false, mergeInto: null })
      continue
    }
    const invalid = validationProblem(person, options)
    if (invalid) {
      previews.push({ row, outcome: 'skip', reason: invalid, notes, person, duplicate: false, mergeInto: null })
      continue
    }
    room--
    const preview: PreviewRow = { row, outcome: 'add', reason: null, notes, person, duplicate: false, mergeInto: null }
    previews.push(preview)
    seen.set(key, preview)
  }

  const counts = { add: 0, merge: 0, skip: 0 }
  for (const p of previews) counts[p.outcome]++
  const blocked = previews.length === 0 ? 'There is nobody to import: every row is blank.' : null
  return { rows: previews, blankRows, counts, warnings, blocked }
}

type RowRead = { person: ImportedPerson; notes: string[] } | { skip: string }

function readRow(cells: readonly string[], mapping: ImportMapping): RowRead {
  const notes: string[] = []
  const cell = (field: ImportFieldId) => {
    const column = mapping.columns.indexOf(field)
    return column < 0 ? '' : (cells[column] ?? '')
  }
  const text = (field: ImportFieldId, label: string, options = SINGLE) => {
    const cleaned = cleanCell(cell(field), options)
    for (const change of cleaned.changes) notes.push(`${label}: ${change}`)
    return cleaned.value
  }

  const fullName = cleanCell(cell('name') || `${cell('firstName')} ${cell('lastName')}`, { singleLine: true, max: Number.MAX_SAFE_INTEGER })
  if (!fullName.value) return { skip: 'No name in this row.' }
  if (fullName.value.length > LIMITS.shortText) {
    return { skip: `The name is ${fullName.value.length.toLocaleString('en')} characters long, more than the ${LIMITS.shortText} a name may have: is this the right column?` }
  }
  for (const change of fullName.changes) notes.push(`name: ${change}`)

  const kind = readKind(cell('kind'))
  if (kind.problem) notes.push(kind.problem)
  const attitude = readAttitude(cell('attitude'), mapping.attitudeScale)
  if (attitude.problem) notes.push(attitude.problem)
  const tags = readTags(cell('tags'))
  if (tags.problem) notes.push(tags.problem)

  const person: ImportedPerson = {
    name: fullName.value,
    kind: kind.value ?? 'person',
    role: text('role', 'role'),
    unit: text('unit', 'unit'),
    position: readPosition(cell('influence'), cell('interest'), mapping, notes),
    attitude: attitude.value ?? 'neutral',
    owner: text('owner', 'owner'),
    tags: tags.value,
    notes: [],
  }
  const long = { singleLine: false, max: LIMITS.longText }
  for (const [field, kindOfNote] of [['priorities', 'priority'], ['concerns', 'concern'], ['notes', 'note']] as const) {
    const value = text(field, field, long)
    if (value) person.notes.push({ kind: kindOfNote, text: value })
  }
  return { person, notes }
}

function readPosition(influenceCell: string, interestCell: string, mapping: ImportMapping, notes: string[]): MapPosition | null {
  if (!mapping.influenceScale || !mapping.interestScale) return null
  const influence = toScore(influenceCell, mapping.influenceScale)
  const interest = toScore(interestCell, mapping.interestScale)
  const problems = [influence.ok ? null : `influence ${influence.problem}`, interest.ok ? null : `interest ${interest.problem}`].filter((p): p is string => p !== null)
  if (problems.length > 0) {
    notes.push(`${problems.join('; ')}: left off the map`)
    return null
  }
  const i = influence.ok ? influence.score : null
  const x = interest.ok ? interest.score : null
  if (i === null && x === null) return null
  if (i === null || x === null) {
    notes.push(`no ${i === null ? 'influence' : 'interest'} score: left off the map`)
    return null
  }
  return { influence: i, interest: x }
}

/** The earlier person with the gaps filled from the later one; nothing already there is changed. */
function fillBlanks(base: ImportedPerson, extra: ImportedPerson): ImportedPerson {
  return {
    ...base,
    role: base.role || extra.role,
    unit: base.unit || extra.unit,
    owner: base.owner || extra.owner,
    position: base.position ?? extra.position,
    tags: [...new Set([...base.tags, ...extra.tags])].slice(0, LIMITS.tags),
    notes: [...base.notes, ...extra.notes],
  }
}

function toStakeholder(person: ImportedPerson, id: string, now: Date, options: ImportOptions, noteId: (i: number) => string): Stakeholder {
  const base = createStakeholder(
    { name: person.name, kind: person.kind, role: person.role, unit: person.unit, attitude: person.attitude, owner: person.owner, position: person.position, tags: person.tags, surfacedBy: options.surfacedBy ?? null },
    id,
    now,
  )
  return { ...base, notes: person.notes.slice(0, LIMITS.notesPerStakeholder).map((n, i) => ({ id: noteId(i), date: options.today, kind: n.kind, text: n.text })) }
}

function validationProblem(person: ImportedPerson, options: ImportOptions): string | null {
  const parsed = stakeholderSchema.safeParse(toStakeholder(person, 'preview', new Date(0), options, (i) => `preview-${i}`))
  return parsed.success ? null : `This row cannot be stored: ${describeIssues(parsed.error)}.`
}

/** Carries out a plan in one pure step: adds the new people and merges the duplicates. */
export function applyImportPlan(workshop: Workshop, plan: ImportPlan, options: ImportOptions, newId: () => string, now: Date): Workshop {
  if (plan.blocked) return workshop
  return produce(workshop, (draft) => {
    for (const preview of plan.rows) {
      if (!preview.person) continue
      if (preview.outcome === 'add') {
        draft.stakeholders.push(toStakeholder(preview.person, newId(), now, options, () => newId()))
      } else if (preview.outcome === 'merge' && preview.mergeInto && 'existingId' in preview.mergeInto) {
        const { existingId } = preview.mergeInto
        const target = draft.stakeholders.find((s) => s.id === existingId)
        if (!target) continue
        target.role ||= preview.person.role
        target.unit ||= preview.person.unit
        target.owner ||= preview.person.owner
        target.position ??= preview.person.position
        target.surfacedBy ??= options.surfacedBy ?? null
        target.tags = [...new Set([...target.tags, ...preview.person.tags])].slice(0, LIMITS.tags)
        const room = LIMITS.notesPerStakeholder - target.notes.length
        for (const note of preview.person.notes.slice(0, Math.max(0, room))) target.notes.push({ id: newId(), date: options.today, kind: note.kind, text: note.text })
      }
    }
  })
}

/** One line per skipped row, the way the command line prints them. */
export function describeSkipped(plan: ImportPlan): string[] {
  return plan.rows.filter((r) => r.outcome === 'skip').map((r) => `row ${r.row}: ${r.reason ?? 'skipped'}`)
}
