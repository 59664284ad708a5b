/** Where a grid of cells came from, shown in the mapping step. */
export interface GridSource {
  format: 'csv' | 'xlsx' | 'paste'
  fileName: string
  /** The text encoding a CSV was read in (utf-8, windows-1252, utf-16le…). */
  encoding: string | null
  /** The delimiter a CSV was split on. */
  delimiter: string | null
  /** The worksheet read from an XLSX workbook, and all worksheets it has. */
  sheet: string | null
  sheets: string[]
}

/** A spreadsheet as rows of text cells, every row as wide as the widest; row 0 is the file's first row. */
export interface SpreadsheetGrid {
  rows: string[][]
  source: GridSource
}

/** The most rows and columns read from one file: far above any real stakeholder list. */
export const GRID_LIMITS = { rows: 50_000, columns: 500 } as const

export const isBlankRow = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '')

/** Pads ragged rows to one width and drops empty columns at the right (a common export artefact). */
export function tidyRows(rows: readonly (readonly string[])[]): string[][] {
  let width = 0
  for (const row of rows) {
    for (let c = row.length - 1; c >= width; c--) {
      if ((row[c] ?? '').trim() !== '') {
        width = c + 1
        break
      }
    }
  }
  return rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''))
}
