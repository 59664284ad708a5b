import { copyFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import type { FontFace } from '../../../../src/core/exports/display-list'
import { FONT_FILES, findFontsDir } from '../../../../src/main/services/pdf/fonts'
import { PdfWriter } from '../../../../src/main/services/pdf/pdf-writer'
import { renderPlanPdf } from '../../../../src/main/services/pdf/plan-pdf'
import { pdfText, sampleWithLukasz, writePdf } from '../../../support/pdf-tools'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
const createdAt = new Date('2026-12-04T09:30:00Z')

// Names in several scripts, combining marks, ligature and kerning pairs, a right-to-left name,
// characters DejaVu lacks, and words that are also the names of Object properties.
const HOSTILE = [
  'Łukasz Żółć',
  'Søren Ærø',
  'Zoë Zoe\u0308',
  'Ольга Петрова',
  'Ελένη Παπαδάκη',
  'office ﬁne AVATAR Wave',
  'שלום עליכם',
  '👩‍🔬 王小明',
  '__proto__ constructor',
  'toString hasOwnProperty valueOf',
]

/** The fonts in a folder of their own: the shared faces are per font file, so this one starts cold. */
async function freshFontsDir(): Promise<string> {
  const dir = await tempDir()
  for (const file of Object.values(FONT_FILES)) await copyFile(join(findFontsDir(), file), join(dir, file))
  return dir
}

function meta(fontsDir: string) {
  return { title: 't', subject: 's', author: 'a', workshopTitle: 'w', workshopDate: 'd', createdAt, fontsDir }
}

function hostileWorkshop() {
  const sample = sampleWithLukasz()
  return { ...sample, stakeholders: sample.stakeholders.map((person, i) => ({ ...person, name: HOSTILE[i % HOSTILE.length]!, role: HOSTILE[(i + 3) % HOSTILE.length]! })) }
}

describe('font faces shared by every PDF of the process', () => {
  it('measures text as pdfkit does without any cache, before and after other documents warmed the face', async () => {
    const fontsDir = await freshFontsDir()
    const uncached = new PDFDocument({ fontLayoutCache: false, autoFirstPage: false })
    const reference = async (text: string, face: FontFace) => {
      uncached.font(await readFile(join(fontsDir, FONT_FILES[face]))).fontSize(1)
      let width = 0
      for (const char of text) width += uncached.widthOfString(char)
      return width * 11
    }
    const check = async (writer: PdfWriter) => {
      for (const face of Object.keys(FONT_FILES) as FontFace[]) {
        for (const text of HOSTILE) expect(writer.measure(text, { face, size: 11 }), `${face}: ${text}`).toBeCloseTo(await reference(text, face), 9)
      }
    }
    await check(new PdfWriter(meta(fontsDir)))
    await renderPlanPdf(hostileWorkshop(), { createdAt, fontsDir })
    await check(new PdfWriter(meta(fontsDir)))
  })

  it('paints a plan from a warm cache exactly as from a cold one, every name readable', async () => {
    const fontsDir = await freshFontsDir()
    const workshop = hostileWorkshop()
    const cold = await renderPlanPdf(workshop, { createdAt, fontsDir })
    await renderPlanPdf(sampleWithLukasz(), { createdAt, fontsDir })
    const warm = await renderPlanPdf(workshop, { createdAt, fontsDir })
    expect(warm.equals(cold)).toBe(true)

    const text = await pdfText(await writePdf(await tempDir(), 'plan.pdf', warm))
    for (const name of ['Łukasz Żółć', 'Søren Ærø', 'Ольга Петрова', 'Ελένη Παπαδάκη', '__proto__ constructor', 'toString hasOwnProperty valueOf']) expect(text).toContain(name)
  })
})
