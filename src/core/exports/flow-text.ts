import { INK, MUTED_INK, type MeasureText, type TextStyle, lineHeight } from './display-list'
import type { PageFlow } from './page-flow'
import { wrapText } from './text-layout'

export const DOC_STYLES = {
  coverTitle: { face: 'bold', size: 26 },
  coverLine: { face: 'regular', size: 13 },
  h1: { face: 'bold', size: 16 },
  h2: { face: 'bold', size: 12 },
  body: { face: 'regular', size: 10 },
  small: { face: 'regular', size: 8.5 },
  note: { face: 'italic', size: 8.5 },
  figure: { face: 'bold', size: 20 },
} as const satisfies Record<string, TextStyle>

/** Wrapped lines at the cursor; each line may start a new page. */
export function flowParagraph(flow: PageFlow, text: string, style: TextStyle, measure: MeasureText, colour = INK, x = 0): void {
  for (const line of wrapText(text, flow.box.width - x, style, measure)) {
    flow.ensure(lineHeight(style))
    flow.add({ kind: 'text', x, y: flow.y, text: line, style, colour })
    flow.advance(lineHeight(style))
  }
}

/** A heading kept on the same page as at least `keepWith` points of what follows it. */
export function flowHeading(flow: PageFlow, text: string, style: TextStyle, measure: MeasureText, keepWith = 60, colour = INK): void {
  const lines = wrapText(text, flow.box.width, style, measure)
  flow.ensure(lines.length * lineHeight(style) + keepWith)
  flowParagraph(flow, text, style, measure, colour)
  flow.advance(style.size * 0.5)
}

/** Small grey text, for notes under a figure or table. */
export function flowNote(flow: PageFlow, text: string, measure: MeasureText): void {
  flowParagraph(flow, text, DOC_STYLES.note, measure, MUTED_INK)
}

