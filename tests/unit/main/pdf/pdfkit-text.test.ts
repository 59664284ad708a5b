import { join } from 'node:path'
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { sharedFace } from '../../../../src/main/services/pdf/font-faces'
import { FONT_FILES, findFontsDir } from '../../../../src/main/services/pdf/fonts'
import { setLine, shareShapedWords } from '../../../../src/main/services/pdf/pdfkit-text'

// Kerning pairs, a ligature, a combining mark pdfkit positions with its own text matrix, scripts,
// glyphs DejaVu lacks, spaces and tabs at the ends, a newline, nothing at all.
const LINES = ['AVATAR Wave office ﬁne', 'Zoë Zoe\u0308 Łukasz Żółć', 'Søren Ærø', 'Ольга Петрова', 'Ελένη Παπαδάκη', 'שלום 👩‍🔬 王小明', '  two  spaces\tand a tab ', 'first\nsecond', '', '__proto__']

/** A page of every line in every face, set by `set`; uncompressed so a difference is plain. */
async function page(set: (doc: PDFKit.PDFDocument, text: string, x: number, y: number) => void, words?: (face: string) => Record<string, unknown>): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, compress: false, info: { CreationDate: new Date('2026-12-04T09:30:00Z') } })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  let y = 20
  for (const [face, file] of Object.entries(FONT_FILES)) {
    doc.registerFont(face, sharedFace(join(findFontsDir(), file)).font as unknown as Buffer)
    doc.font(face).fontSize(11).fillColor('#4B5563')
    if (words) shareShapedWords(doc, words(face))
    for (const text of LINES) set(doc, text, 30.5, (y += 14.25))
  }
  doc.end()
  return done
}

describe('setting text past pdfkit’s public API', () => {
  const withText = (doc: PDFKit.PDFDocument, text: string, x: number, y: number) => doc.text(text, x, y, { lineBreak: false })

  it('setLine paints exactly what text() with lineBreak: false paints', async () => {
    const expected = await page(withText)
    expect((await page(setLine)).equals(expected)).toBe(true)
  })

  it('a cache of shaped words another document filled paints exactly what a fresh one does', async () => {
    const expected = await page(withText)
    const shared = new Map<string, Record<string, unknown>>()
    const words = (face: string) => shared.get(face) ?? shared.set(face, Object.create(null)).get(face)!
    await page(setLine, words)
    expect(Object.keys(words('bold')).length).toBeGreaterThan(LINES.length)
    expect((await page(setLine, words)).equals(expected)).toBe(true)
  })
})
