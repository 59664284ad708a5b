import { GRID_LIMITS, tidyRows } from './spreadsheet-grid'

/**
 * Rows from pasted text: one person a line, or tab-separated cells as a spreadsheet copies them
 * (a cell with a line break or tab arrives in double quotes, its own quotes doubled).
 */
export function rowsFromPastedText(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let atCellStart = true
  const source = text.replace(/\r\n?/g, '\n')
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        cell += char
      }
      continue
    }
    if (char === '"' && atCellStart) {
      quoted = true
      atCellStart = false
    } else if (char === '\t') {
      row.push(cell)
      cell = ''
      atCellStart = true
    } else if (char === '\n') {
      row.push(cell)
      rows.push(row)
      if (rows.length >= GRID_LIMITS.rows) return tidyRows(rows)
      row = []
      cell = ''
      atCellStart = true
    } else {
      cell += char
      atCellStart = false
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return tidyRows(rows)
}
