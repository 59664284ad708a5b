/**
 * The two places where the PDF writer goes past pdfkit's public API, both for speed, kept here so
 * that an upgrade of pdfkit (pinned to an exact version) is checked in one place:
 * tests/unit/main/pdf/pdfkit-text.test.ts sets the same lines both ways and compares the bytes.
 */
interface PdfkitInternals {
  _font: { layoutCache?: Record<string, unknown> }
  _fragment(text: string, x: number, y: number, options: object): void
}

const internals = (doc: PDFKit.PDFDocument) => doc as unknown as PdfkitInternals

/**
 * What `text()` would otherwise measure before setting a line: the width of an underline, strike
 * or link, none of which the writer draws.
 */
const SET_LINE = { textWidth: 0, wordCount: 0 }

/**
 * Sets one line of already laid-out text with its top left at (x, y), in the document's current
 * font, size and fill colour: what `doc.text(text, x, y, { lineBreak: false })` paints, without
 * shaping the line twice more to measure it (for the underline above and to move a text cursor
 * the writer does not use); that was about a sixth of a warm plan PDF.
 */
export function setLine(doc: PDFKit.PDFDocument, text: string, x: number, y: number): void {
  // text() sets each line of a text with newlines after the previous one; keep that rare case its own.
  if (text.includes('\n')) doc.text(text, x, y, { lineBreak: false })
  else internals(doc)._fragment(text, x, y, SET_LINE)
}

/**
 * Gives the document's copy of its current font a cache of shaped words shared with other
 * documents, in place of the empty one pdfkit made (its `fontLayoutCache` option); left alone if
 * pdfkit keeps no such cache.
 */
export function shareShapedWords(doc: PDFKit.PDFDocument, words: Record<string, unknown>): void {
  const font = internals(doc)._font
  if (font.layoutCache) font.layoutCache = words
}
