import { INK, MUTED_INK, type MeasureText, type TextStyle, lineHeight } from './display-list'
import type { PageFlow } from './page-flow'
import { fitText, wrapText } from './text-layout'

export interface TableColumn {
  header: string
  /** Share of the table's width; the shares of all columns add up to 1. */
  share: number
}

export const TABLE_STYLES = {
  header: { face: 'bold', size: 8.5 },
  cell: { face: 'regular', size: 8.5 },
  first: { face: 'bold', size: 8.5 },
} as const satisfies Record<string, TextStyle>

const PAD_X = 4
const PAD_Y = 3
/** A cell shows at most this many lines; the rest ends in an ellipsis (the full text is in the app). */
const MAX_LINES = 3
const MIN_NAME_SIZE = 6

/**
 * A table flowed onto pages: cells wrap within their column, a row never splits, the header
 * repeats on every page the table continues on, and alternate rows are shaded for reading across.
 * The first column is bold: it names the row. With `namesOnOneLine` (tables of people) a long
 * name is set smaller rather than wrapped, so it reads, and searches, as one line.
 */
export function layoutTable(
  flow: PageFlow,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  measure: MeasureText,
  options: { namesOnOneLine?: boolean } = {},
): void {
  const width = flow.box.width
  const xs: number[] = []
  let acc = 0
  for (const column of columns) {
    xs.push(acc * width)
    acc += column.share
  }
  const cellWidth = (i: number) => columns[i]!.share * width - 2 * PAD_X
  const headerLines = columns.map((column, i) => wrapText(column.header, cellWidth(i), TABLE_STYLES.header, measure).slice(0, 2))
  const headerStep = Math.max(...headerLines.map((l) => l.length)) * lineHeight(TABLE_STYLES.header) + 2 * PAD_Y
  const step = lineHeight(TABLE_STYLES.cell)

  const header = () => {
    flow.add({ kind: 'rect', x: 0, y: flow.y, width, height: headerStep, fill: '#E5E7EB', stroke: null })
    headerLines.forEach((lines, i) => {
      lines.forEach((line, l) => {
        const text = fitText(line, cellWidth(i), TABLE_STYLES.header, measure)
        flow.add({ kind: 'text', x: xs[i]! + PAD_X, y: flow.y + PAD_Y + l * lineHeight(TABLE_STYLES.header), text, style: TABLE_STYLES.header, colour: INK })
      })
    })
    flow.advance(headerStep)
  }

  flow.ensure(headerStep + step + 2 * PAD_Y)
  header()
  rows.forEach((row, r) => {
    const cells = row.map((value, i) => {
      const style = i > 0 ? TABLE_STYLES.cell : options.namesOnOneLine ? nameStyle(value, cellWidth(0), measure) : TABLE_STYLES.first
      const lines = wrapText(value, cellWidth(i), style, measure)
      if (lines.length <= MAX_LINES) return { lines, style }
      const kept = lines.slice(0, MAX_LINES)
      kept[MAX_LINES - 1] = fitText(`${kept[MAX_LINES - 1]} ${lines[MAX_LINES]}`, cellWidth(i), style, measure)
      if (!kept[MAX_LINES - 1]!.endsWith('…')) kept[MAX_LINES - 1] += '…'
      return { lines: kept, style }
    })
    const height = Math.max(1, ...cells.map((c) => c.lines.length)) * step + 2 * PAD_Y
    if (height > flow.remaining) {
      flow.newPage()
      header()
    }
    if (r % 2 === 1) flow.add({ kind: 'rect', x: 0, y: flow.y, width, height, fill: '#F3F4F6', stroke: null })
    cells.forEach((cell, i) => {
      cell.lines.forEach((line, l) => {
        if (line) flow.add({ kind: 'text', x: xs[i]! + PAD_X, y: flow.y + PAD_Y + l * step, text: line, style: cell.style, colour: i === 0 ? INK : '#1F2937' })
      })
    })
    flow.advance(height)
  })
  flow.add({ kind: 'line', x1: 0, y1: flow.y, x2: width, y2: flow.y, colour: '#D1D5DB', width: 0.5 })
}

/** The first column names the row: a long name is set smaller to stay on one line, down to a floor, and wraps only past it. */
function nameStyle(value: string, width: number, measure: MeasureText): TextStyle {
  const full = measure(value, TABLE_STYLES.first)
  if (full <= width) return TABLE_STYLES.first
  const size = Math.max(MIN_NAME_SIZE, Math.floor(((TABLE_STYLES.first.size * width) / full) * 10) / 10)
  return { face: 'bold', size }
}

/** A grey line saying a list is empty, in place of a table with no rows. */
export function layoutEmptyNote(flow: PageFlow, text: string): void {
  const style: TextStyle = { face: 'italic', size: 9.5 }
  flow.ensure(lineHeight(style))
  flow.add({ kind: 'text', x: 0, y: flow.y, text, style, colour: MUTED_INK })
  flow.advance(lineHeight(style))
}
