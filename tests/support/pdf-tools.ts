import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { readWorkshopJson } from '../../src/core/workshop/workshop-json'
import type { Stakeholder, Workshop } from '../../src/core/workshop/schema'
import { readFileSync } from 'node:fs'
import { SAMPLE_PATH } from './temp-dir'

const run = promisify(execFile)

/** The text of a PDF as poppler's pdftotext reads it, with the page layout kept (a name stays on its line). */
export async function pdfText(path: string): Promise<string> {
  return (await run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout
}

export interface PdfFont {
  name: string
  embedded: boolean
  subset: boolean
}

/** The fonts a PDF uses, from pdffonts. */
export async function pdfFonts(path: string): Promise<PdfFont[]> {
  const { stdout } = await run('pdffonts', [path])
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/)
      // name … emb sub uni object ID: the three yes/no columns come before the two numbers.
      const n = cols.length
      return { name: cols[0]!, embedded: cols[n - 5] === 'yes', subset: cols[n - 4] === 'yes' }
    })
}

/** Page count and metadata from pdfinfo. */
export async function pdfInfo(path: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', path])
  return Object.fromEntries(stdout.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]))
}

export async function writePdf(dir: string, name: string, pdf: Buffer): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, pdf)
  return path
}

/** The sample workshop plus Łukasz Żółć, so every test name list has Polish, Cyrillic and Greek in it. */
export function sampleWithLukasz(): Workshop {
  const read = readWorkshopJson(readFileSync(SAMPLE_PATH, 'utf8'))
  if (!read.ok) throw new Error(read.error.message)
  const template = read.value.stakeholders[0]!
  const lukasz: Stakeholder = {
    ...template,
    id: 'sh-lukasz',
    name: 'Łukasz Żółć',
    role: 'Ward Manager',
    unit: 'Surgery',
    position: { interest: 62, influence: 38 },
    desired: null,
    notes: [],
    tags: [],
  }
  const { revision: _revision, ...workshop } = read.value as Workshop & { revision?: number }
  return { ...workshop, stakeholders: [...workshop.stakeholders, lukasz] }
}
