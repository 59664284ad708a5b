import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { INK, MUTED_INK, type PageItem } from '../../../../src/core/exports/display-list'
import { PdfWriter } from '../../../../src/main/services/pdf/pdf-writer'

const meta = { title: 't', subject: 's', author: 'a', workshopTitle: 'w', workshopDate: 'd', createdAt: new Date('2026-12-04T09:30:00Z') }
const style = { face: 'regular', size: 10 } as const
const text = (y: number, colour: string): PageItem => ({ kind: 'text', x: 0, y, text: `line ${y}`, style, colour })

/** The page content streams of a pdfkit PDF, inflated: the ones that set text. */
function contentStreams(pdf: Buffer): string[] {
  const streams: string[] = []
  let at = 0
  for (;;) {
    const start = pdf.indexOf('stream\n', at)
    if (start < 0) return streams
    const end = pdf.indexOf('\nendstream', start)
    const dictionary = pdf.subarray(pdf.lastIndexOf(' obj', start), start).toString('latin1')
    if (dictionary.includes('/FlateDecode')) {
      const content = inflateSync(pdf.subarray(start + 'stream\n'.length, end)).toString('latin1')
      if (content.includes('\nBT\n')) streams.push(content)
    }
    at = end + '\nendstream'.length
  }
}

/** The fill colour in effect at each text object, following q/Q like a PDF reader. */
function textFills(content: string): string[] {
  const fills: string[] = []
  const saved: string[] = []
  let fill = '#000000'
  const lines = content.split('\n')
  for (const line of lines) {
    if (line === 'q') saved.push(fill)
    else if (line === 'Q') fill = saved.pop()!
    else if (line === 'BT') fills.push(fill)
    else if (line.endsWith(' scn')) fill = `#${line.split(' ').slice(0, 3).map((part) => Math.round(Number(part) * 255).toString(16).padStart(2, '0')).join('')}`.toUpperCase()
  }
  return fills
}

describe('PdfWriter', () => {
  it('paints every text in its own colour when colours are set once per run of text', async () => {
    const writer = new PdfWriter(meta)
    writer.paint([
      {
        items: [
          text(0, INK),
          text(12, INK),
          { kind: 'line', x1: 0, y1: 20, x2: 100, y2: 20, colour: '#FF0000', width: 1 },
          text(24, INK),
          { kind: 'rect', x: 0, y: 30, width: 10, height: 10, fill: '#00FF00', stroke: null },
          text(48, INK),
          { kind: 'arrow', x1: 0, y1: 60, x2: 50, y2: 60, colour: '#0000FF', width: 1 },
          text(72, INK),
          text(84, MUTED_INK),
          { kind: 'circle', cx: 5, cy: 100, r: 4, fill: '#00FF00', stroke: '#FF0000' },
          text(108, MUTED_INK),
        ],
      },
      { items: [text(0, MUTED_INK), text(12, MUTED_INK)] },
    ])
    const pages = contentStreams(await writer.finish())
    // Each page ends with its running header (title in ink, date muted) and footer (both muted).
    const header = [INK, MUTED_INK, MUTED_INK, MUTED_INK]
    expect(pages.map(textFills)).toEqual([
      [INK, INK, INK, INK, INK, MUTED_INK, MUTED_INK, ...header],
      [MUTED_INK, MUTED_INK, ...header],
    ])
  })
})
