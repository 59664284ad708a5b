import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { extname } from 'node:path'
import { type Result, fail, ok } from '../../core/result'
import { decodeWindows1252, guessBomlessUtf16, looksBinary, sniffBom, sniffFormat } from '../../core/import/sniff-bytes'
import { GRID_LIMITS, type SpreadsheetGrid, tidyRows } from '../../core/import/spreadsheet-grid'

/** Files larger than this are refused before reading: a list of people is a few hundred kilobytes. */
export const MAX_SPREADSHEET_BYTES = 10 * 1024 * 1024

const NOT_A_SPREADSHEET = 'This does not look like a spreadsheet'

const notASpreadsheet = (why: string): Result<never> => fail('unsupported', `${NOT_A_SPREADSHEET}: ${why} Coalition reads .csv and .xlsx files; nothing was changed.`)

/** Text from a CSV's bytes: the byte-order mark decides, else strict UTF-8, else Windows-1252 (what Excel writes on Western Windows). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const bom = sniffBom(bytes)
  const encoding = bom ?? guessBomlessUtf16(bytes)
  if (encoding) return { text: new TextDecoder(encoding).decode(bytes), encoding }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
  }
}

/**
 * Reads a CSV or XLSX file into rows of text cells, or says plainly why it cannot. The format comes
 * from the bytes, not the name, so a renamed file still reads and binary junk never gets through.
 */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string, sheet: string | null = null): Promise<Result<SpreadsheetGrid>> {
  if (bytes.length === 0) return notASpreadsheet('the file is empty.')
  if (bytes.length > MAX_SPREADSHEET_BYTES) return fail('too-large', `This file is larger than ${MAX_SPREADSHEET_BYTES / 1024 / 1024} MB, far more than a list of people; nothing was changed.`)
  switch (sniffFormat(bytes)) {
    case 'zip':
      return readWorkbook(bytes, fileName, sheet)
    case 'ole':
      return notASpreadsheet('it is an old binary Office file (.xls). Save it from Excel as .xlsx or .csv first.')
    case 'pdf':
      return notASpreadsheet('it is a PDF document.')
    case 'text':
      if (extname(fileName).toLowerCase() === '.xlsx') return notASpreadsheet('it is called .xlsx but is not an Excel workbook.')
      return readCsv(bytes, fileName)
  }
}

function readCsv(bytes: Uint8Array, fileName: string): Result<SpreadsheetGrid> {
  const decoded = decodeText(bytes)
  let text = decoded.text.replace(/^\uFEFF/, '')
  if (looksBinary(text)) return notASpreadsheet('it holds binary data, not text.')
  // Excel's "sep=;" first line names the delimiter; it is not a row.
  const sepLine = /^"?sep=(.)"?[ \t]*(?:\r\n|\n|\r|$)/i.exec(text)
  if (sepLine) text = text.slice(sepLine[0].length)
  const delimiter = sepLine?.[1] ?? guessDelimiter(text)
  const parsed = Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    header: false,
    preview: GRID_LIMITS.rows + 1,
  })
  const unclosed = parsed.errors.find((e) => e.code === 'MissingQuotes')
  if (unclosed) {
    return notASpreadsheet(`a quoted cell starting in row ${(unclosed.row ?? 0) + 1} is never closed, so the rest of the file cannot be read reliably.`)
  }
  const rows = parsed.data.filter((row, i) => !(i === parsed.data.length - 1 && row.length === 1 && row[0] === ''))
  const checked = checkSize(rows)
  if (!checked.ok) return checked
  return ok({ rows: tidyRows(rows), source: { format: 'csv', fileName, encoding: decoded.encoding, delimiter, sheet: null, sheets: [] } })
}

/** papaparse's guess, made without blank lines: they count as one-field rows and spoil it for short files. */
function guessDelimiter(text: string): string {
  const guessed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: 'greedy', preview: 10 })
  return guessed.meta.delimiter || ','
}

async function readWorkbook(bytes: Uint8Array, fileName: string, sheetName: string | null): Promise<Result<SpreadsheetGrid>> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer)
  } catch {
    return notASpreadsheet('it is a zip archive but not a readable Excel workbook.')
  }
  const sheets = workbook.worksheets.filter((w) => w.state === 'visible' || w.state === undefined)
  const chosen = sheetName ? sheets.find((w) => w.name === sheetName) : (sheets.find((w) => w.actualRowCount > 0) ?? sheets[0])
  if (!chosen) return notASpreadsheet(sheetName ? `the workbook has no worksheet called "${sheetName}".` : 'the workbook has no worksheets.')
  if (chosen.rowCount > GRID_LIMITS.rows || chosen.columnCount > GRID_LIMITS.columns) return tooBig()
  const rows: string[][] = []
  for (let r = 1; r <= chosen.rowCount; r++) {
    const row = chosen.getRow(r)
    const cells: string[] = []
    for (let c = 1; c <= chosen.columnCount; c++) cells.push(cellText(row.getCell(c)))
    rows.push(cells)
  }
  return ok({ rows: tidyRows(rows), source: { format: 'xlsx', fileName, encoding: null, delimiter: null, sheet: chosen.name, sheets: sheets.map((w) => w.name) } })
}

/** A cell as the user sees it: formulas by their result, dates as YYYY-MM-DD, percentages with their sign. */
function cellText(cell: ExcelJS.Cell): string {
  return valueText(cell.value, cell.numFmt ?? '')
}

function valueText(value: ExcelJS.CellValue, numFmt: string): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return numFmt.includes('%') ? `${Math.round(value * 100_000) / 1000}%` : String(value)
  if (typeof value === 'string') return value
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('formula' in value || 'sharedFormula' in value) return valueText((value as ExcelJS.CellFormulaValue).result ?? null, numFmt)
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : valueText(value.text as ExcelJS.CellValue, numFmt)
  if ('error' in value) return ''
  return ''
}

function checkSize(rows: readonly string[][]): Result<null> {
  if (rows.length > GRID_LIMITS.rows || rows.some((r) => r.length > GRID_LIMITS.columns)) return tooBig()
  return ok(null)
}

const tooBig = (): Result<never> =>
  fail('too-large', `This spreadsheet has more than ${GRID_LIMITS.rows.toLocaleString('en')} rows or ${GRID_LIMITS.columns} columns, far more than a list of people; nothing was changed.`)
