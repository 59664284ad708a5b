import { type AttitudeScale, detectAttitudeScale } from './import-values'
import { type ImportFieldId, guessColumnFields } from './import-fields'
import { type ScaleId, detectScale, readScoreCell, scaleFromHeader } from './scales'
import { isBlankRow } from './spreadsheet-grid'

/** What each column holds and how its scores are written; the user can change all of it before importing. */
export interface ImportMapping {
  /** Whether the first non-blank row holds column names rather than a person. */
  headerRow: boolean
  columns: (ImportFieldId | null)[]
  influenceScale: ScaleId | null
  interestScale: ScaleId | null
  attitudeScale: AttitudeScale
}

/** The index of the first row with anything in it, or -1 for an empty grid. */
export const firstFilledRow = (rows: readonly string[][]): number => rows.findIndex((row) => !isBlankRow(row))

/** The rows that hold people under a mapping: everything after the header row, if there is one. */
export function dataRowIndexes(rows: readonly string[][], headerRow: boolean): number[] {
  const first = firstFilledRow(rows)
  if (first < 0) return []
  const start = headerRow ? first + 1 : first
  return rows.map((_, i) => i).filter((i) => i >= start)
}

/** The header texts to show above each column (A, B, C… when there is no header row). */
export function columnTitles(rows: readonly string[][], headerRow: boolean): string[] {
  const width = rows[0]?.length ?? 0
  const first = firstFilledRow(rows)
  return Array.from({ length: width }, (_, c) => {
    const header = headerRow && first >= 0 ? (rows[first]?.[c] ?? '').trim() : ''
    return header || `Column ${columnLetter(c)}`
  })
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    out = String.fromCharCode(65 + rem) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

/** Guesses the whole mapping: header row or not, each column's field, each score column's scale. */
export function guessMapping(rows: readonly string[][]): ImportMapping {
  const first = firstFilledRow(rows)
  const width = rows[0]?.length ?? 0
  const fromHeader = first >= 0 ? guessColumnFields(rows[first] ?? []) : []
  const headerRow = fromHeader.some((f) => f !== null)
  const columns = headerRow ? fromHeader : guessHeaderless(rows, width)
  return rescale(rows, { headerRow, columns, influenceScale: null, interestScale: null, attitudeScale: 'one-to-five' })
}

/** Without a header: names first, then role and unit if those columns hold text rather than scores. */
function guessHeaderless(rows: readonly string[][], width: number): (ImportFieldId | null)[] {
  const data = dataRowIndexes(rows, false)
  const order: ImportFieldId[] = ['name', 'role', 'unit']
  return Array.from({ length: width }, (_, c) => {
    const field = order[c]
    if (!field) return null
    if (c === 0) return field
    const cells = data.map((r) => rows[r]?.[c] ?? '').filter((s) => s.trim())
    const scores = cells.filter((s) => readScoreCell(s).kind === 'number').length
    return cells.length > 0 && scores * 2 < cells.length ? field : null
  })
}

/** Gives a column a field (taking it from any other column) and re-detects the scales. */
export function assignField(rows: readonly string[][], mapping: ImportMapping, column: number, field: ImportFieldId | null): ImportMapping {
  const columns = mapping.columns.map((f, c) => (c === column ? field : field !== null && f === field ? null : f))
  return rescale(rows, { ...mapping, columns })
}

/** Switches the header row on or off, guessing the fields again from the new first row. */
export function setHeaderRow(rows: readonly string[][], mapping: ImportMapping, headerRow: boolean): ImportMapping {
  if (headerRow === mapping.headerRow) return mapping
  const first = firstFilledRow(rows)
  const columns = headerRow ? guessColumnFields(first >= 0 ? (rows[first] ?? []) : []) : guessHeaderless(rows, rows[0]?.length ?? 0)
  return rescale(rows, { ...mapping, headerRow, columns })
}

/** The cells of the column mapped to a field, data rows only. */
export function cellsOfField(rows: readonly string[][], mapping: ImportMapping, field: ImportFieldId): string[] {
  const column = mapping.columns.indexOf(field)
  if (column < 0) return []
  return dataRowIndexes(rows, mapping.headerRow).map((r) => rows[r]?.[column] ?? '')
}

/** A scale named in the header wins over one guessed from the values, so a stray 7 in a "(1-5)" column is reported, not obeyed. */
function scaleOf(rows: readonly string[][], mapping: ImportMapping, field: 'influence' | 'interest'): ScaleId | null {
  const column = mapping.columns.indexOf(field)
  if (column < 0) return null
  const first = firstFilledRow(rows)
  const named = mapping.headerRow && first >= 0 ? scaleFromHeader(rows[first]?.[column] ?? '') : null
  return named ?? detectScale(cellsOfField(rows, mapping, field)) ?? '1-5'
}

function rescale(rows: readonly string[][], mapping: ImportMapping): ImportMapping {
  return {
    ...mapping,
    influenceScale: scaleOf(rows, mapping, 'influence'),
    interestScale: scaleOf(rows, mapping, 'interest'),
    attitudeScale: detectAttitudeScale(cellsOfField(rows, mapping, 'attitude')),
  }
}
