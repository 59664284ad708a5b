import { join } from 'node:path'
import PDFDocument from 'pdfkit'
import type { ContentBox, FontFace, LaidOutPage, MeasureText, PageItem, TextStyle } from '../../../core/exports/display-list'
import { INK, MUTED_INK, RULE } from '../../../core/exports/display-list'
import { fitText } from '../../../core/exports/text-layout'
import { type SharedFace, sharedFace } from './font-faces'
import { FONT_FILES, findFontsDir } from './fonts'
import { setLine, shareShapedWords } from './pdfkit-text'

/** resources/fonts, looked for once: the folder does not move while the process runs. */
let defaultFontsDir: string | undefined

/** A4 portrait in points, with room above and below the content for the running header and footer. */
export const PAGE = { width: 595.28, height: 841.89, side: 50, top: 78, bottom: 64 } as const
export const CONTENT_BOX: ContentBox = { width: PAGE.width - 2 * PAGE.side, height: PAGE.height - PAGE.top - PAGE.bottom }

export interface PdfMeta {
  /** Document title (metadata and window title). */
  title: string
  subject: string
  author: string
  keywords?: string
  /** Running header: the workshop's title and its date, on every page. */
  workshopTitle: string
  workshopDate: string
  createdAt: Date
  /** Defaults to resources/fonts found from this module. */
  fontsDir?: string
}

const HEADER_STYLE: TextStyle = { face: 'bold', size: 8.5 }
const FOOTER_STYLE: TextStyle = { face: 'regular', size: 8.5 }

/**
 * Paints laid-out pages with pdfkit: embedded DejaVu subsets, text set line by line without
 * pdfkit's own wrapping (our layouts already wrapped it), widths cached per face, then a header
 * and footer on every page once the page count is known.
 */
export class PdfWriter {
  private readonly doc: PDFKit.PDFDocument
  private readonly chunks: Buffer[] = []
  private readonly done: Promise<Buffer>
  private readonly faces = {} as Record<FontFace, SharedFace>
  private pageCount = 0
  private readonly pending: string[] = []
  private readonly flushContent: () => void

  constructor(private readonly meta: PdfMeta) {
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      autoFirstPage: false,
      bufferPages: true,
      pdfVersion: '1.7',
      lang: 'en',
      displayTitle: true,
      info: { Title: meta.title, Author: meta.author, Subject: meta.subject, Keywords: meta.keywords ?? '', Creator: 'Coalition', CreationDate: meta.createdAt },
    })
    // pdfkit turns every operator into its own small buffer; gathering a page's operators and
    // writing them once spares thousands of allocations (and the garbage collector) per document.
    const write = this.doc.addContent.bind(this.doc)
    this.flushContent = () => {
      // As bytes: pdfkit copies a string into bytes one character at a time (the content is ASCII).
      if (this.pending.length) write(Buffer.from(`${this.pending.join('\n')}\n`, 'latin1'))
      this.pending.length = 0
    }
    this.doc.addContent = (data: string) => {
      this.pending.push(data)
      return this.doc
    }
    const fontsDir = meta.fontsDir ?? (defaultFontsDir ??= findFontsDir())
    for (const [face, file] of Object.entries(FONT_FILES) as [FontFace, string][]) {
      const shared = sharedFace(join(fontsDir, file))
      this.faces[face] = shared
      // pdfkit takes a parsed fontkit font since 0.20 (its types still say bytes).
      this.doc.registerFont(face, shared.font as unknown as Buffer)
      // Selecting the face creates pdfkit's font object now; it is embedded only if text uses it.
      shareShapedWords(this.doc.font(face), shared.shapedWords())
    }
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk))
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)))
      this.doc.on('error', reject)
    })
  }

  /**
   * Width of text in points: the sum of each character's advance, cached per face at size 1
   * (widths scale with the size) and shared by every document. Summing skips kerning, which only ever narrows DejaVu text a
   * little, so a line measured this way always fits; asking fontkit to lay out every string was
   * what made long tables slow.
   */
  readonly measure: MeasureText = (text, style) => {
    const widths = this.faces[style.face].advances
    let total = 0
    for (const char of text) {
      let width = widths.get(char)
      if (width === undefined) {
        width = this.doc.font(style.face).fontSize(1).widthOfString(char)
        widths.set(char, width)
        // Measuring switched the document's font: the next text item must set its own again.
        this.face = null
        this.size = 0
      }
      total += width
    }
    return total * style.size
  }

  /** Adds one page per laid-out page and paints its items inside the content box. */
  paint(pages: readonly LaidOutPage[]): void {
    for (const page of pages) {
      this.flushContent()
      this.doc.addPage({ size: 'A4', margin: 0 })
      this.fill = null
      this.pageCount += 1
      for (const item of page.items) this.paintItem(item, PAGE.side, PAGE.top)
    }
  }

  /** Paints items at an offset on the current page (a figure placed inside a layout). */
  paintItems(items: readonly PageItem[], dx: number, dy: number): void {
    for (const item of items) this.paintItem(item, dx, dy)
  }

  private face: FontFace | null = null
  private size = 0
  /** The fill colour the page's content stream is in, if known: runs of text in one colour set it once. */
  private fill: string | null = null

  private paintItem(item: PageItem, dx: number, dy: number): void {
    const doc = this.doc
    if (item.kind !== 'text' && item.kind !== 'line') this.fill = null
    switch (item.kind) {
      case 'text':
        if (this.face !== item.style.face) doc.font((this.face = item.style.face))
        if (this.size !== item.style.size) doc.fontSize((this.size = item.style.size))
        if (this.fill !== item.colour) doc.fillColor((this.fill = item.colour))
        setLine(doc, item.text, dx + item.x, dy + item.y)
        return
      case 'line':
        doc.save().moveTo(dx + item.x1, dy + item.y1).lineTo(dx + item.x2, dy + item.y2).lineWidth(item.width)
        if (item.dash) doc.dash(item.dash, { space: item.dash })
        doc.strokeColor(item.colour).stroke().restore()
        return
      case 'rect': {
        const { x, y, width, height, fill, stroke, radius } = item
        if (radius) doc.roundedRect(dx + x, dy + y, width, height, radius)
        else doc.rect(dx + x, dy + y, width, height)
        if (fill && stroke) doc.fillAndStroke(fill, stroke)
        else if (fill) doc.fill(fill)
        else if (stroke) doc.lineWidth(0.75).stroke(stroke)
        return
      }
      case 'circle':
        doc.circle(dx + item.cx, dy + item.cy, item.r)
        if (item.stroke) doc.lineWidth(0.8).fillAndStroke(item.fill, item.stroke)
        else doc.fill(item.fill)
        return
      case 'arrow': {
        const x1 = dx + item.x1
        const y1 = dy + item.y1
        const x2 = dx + item.x2
        const y2 = dy + item.y2
        const angle = Math.atan2(y2 - y1, x2 - x1)
        const head = 3 + item.width * 2.5
        doc.save().lineWidth(item.width).strokeColor(item.colour)
        doc.moveTo(x1, y1).lineTo(x2 - Math.cos(angle) * head * 0.8, y2 - Math.sin(angle) * head * 0.8).stroke()
        doc
          .moveTo(x2, y2)
          .lineTo(x2 - Math.cos(angle - 0.45) * head, y2 - Math.sin(angle - 0.45) * head)
          .lineTo(x2 - Math.cos(angle + 0.45) * head, y2 - Math.sin(angle + 0.45) * head)
          .closePath()
          .fill(item.colour)
        doc.restore()
        return
      }
      case 'strokes':
        this.paintStrokes(item, dx, dy)
        return
    }
  }

  /** A signature as vector paths: scaled into its box, proportions kept, round pen ends. */
  private paintStrokes(item: Extract<PageItem, { kind: 'strokes' }>, dx: number, dy: number): void {
    const { signature } = item
    const scale = Math.min(item.width / signature.width, item.height / signature.height)
    const ox = dx + item.x
    const oy = dy + item.y + (item.height - signature.height * scale) / 2
    const doc = this.doc
    doc.save().lineWidth(1.4).lineCap('round').lineJoin('round').strokeColor(item.colour)
    for (const stroke of signature.strokes) {
      const p = stroke.points
      doc.moveTo(ox + p[0]! * scale, oy + p[1]! * scale)
      if (p.length < 4) doc.lineTo(ox + p[0]! * scale + 0.1, oy + p[1]! * scale)
      for (let i = 2; i + 1 < p.length; i += 2) doc.lineTo(ox + p[i]! * scale, oy + p[i + 1]! * scale)
      doc.stroke()
    }
    doc.restore()
  }

  /** Header, footer and page numbers on every page, then the finished file. */
  async finish(): Promise<Buffer> {
    if (this.pageCount === 0) this.paint([{ items: [] }])
    const doc = this.doc
    const header = fitText(this.meta.workshopTitle, CONTENT_BOX.width * 0.62, HEADER_STYLE, this.measure)
    const date = this.meta.workshopDate
    const footer = fitText(this.meta.title, CONTENT_BOX.width * 0.7, FOOTER_STYLE, this.measure)
    for (let index = 0; index < this.pageCount; index += 1) {
      this.flushContent()
      doc.switchToPage(index)
      this.face = null
      this.size = 0
      this.fill = null
      const headerY = 40
      this.paintItems(
        [
          { kind: 'text', x: 0, y: 0, text: header, style: HEADER_STYLE, colour: INK },
          { kind: 'text', x: CONTENT_BOX.width - this.measure(date, FOOTER_STYLE), y: 0, text: date, style: FOOTER_STYLE, colour: MUTED_INK },
          { kind: 'line', x1: 0, y1: 15, x2: CONTENT_BOX.width, y2: 15, colour: RULE, width: 0.6 },
        ],
        PAGE.side,
        headerY,
      )
      const pageLabel = `Page ${index + 1} of ${this.pageCount}`
      this.paintItems(
        [
          { kind: 'line', x1: 0, y1: 0, x2: CONTENT_BOX.width, y2: 0, colour: RULE, width: 0.6 },
          { kind: 'text', x: 0, y: 8, text: footer, style: FOOTER_STYLE, colour: MUTED_INK },
          { kind: 'text', x: CONTENT_BOX.width - this.measure(pageLabel, FOOTER_STYLE), y: 8, text: pageLabel, style: FOOTER_STYLE, colour: MUTED_INK },
        ],
        PAGE.side,
        PAGE.height - PAGE.bottom + 22,
      )
    }
    this.flushContent()
    doc.end()
    return this.done
  }
}
