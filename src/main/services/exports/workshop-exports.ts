import { mkdir, writeFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { ABOUT_FILE_NAME, type ExportKind, type PlannedDocument, aboutFilesText, participantFolderName, plannedDocuments } from '../../../core/exports/export-files'
import { registerCsv } from '../../../core/register/register-csv'
import type { Workshop } from '../../../core/workshop/schema'
import { errorCode } from '../durable-fs'
import { renderCommitmentPdf } from '../pdf/commitment-pdf'
import type { PdfOptions } from '../pdf/document-meta'
import { renderNetworkPdf } from '../pdf/network-pdf'
import { renderPlanPdf } from '../pdf/plan-pdf'
import { renderSummaryPdf } from '../pdf/summary-pdf'

export interface ExportedFile {
  name: string
  path: string
  bytes: number
  description: string
}

export interface ExportResult {
  /** The folder the files are in: the folder given, or the participants' folder made inside it. */
  folder: string
  files: ExportedFile[]
}

export interface ExportOptions extends PdfOptions {
  /** Called after each file is written, with how many are done of how many. */
  onProgress?(done: number, total: number): void
}

/** The bytes of one planned document. */
export async function renderDocument(workshop: Workshop, doc: PlannedDocument, options: PdfOptions = {}): Promise<Buffer> {
  switch (doc.kind) {
    case 'plan':
      return renderPlanPdf(workshop, options)
    case 'network':
      return renderNetworkPdf(workshop, options)
    case 'summary':
      return renderSummaryPdf(workshop, options)
    case 'register':
      return Buffer.from(registerCsv(workshop), 'utf8')
    case 'commitment': {
      const commitment = workshop.leadership.commitments.find((c) => c.id === doc.commitmentId)
      if (!commitment) throw new Error(`The commitment ${doc.commitmentId} is not in the workshop`)
      return renderCommitmentPdf(workshop, commitment, doc.stakeholderId, options)
    }
  }
}

/**
 * Writes an export into `outDir` (created if missing). `all` makes the participants' folder inside
 * it. Nothing is ever overwritten: a name already taken gets " (2)", " (3)" … before its extension.
 */
export async function exportWorkshop(workshop: Workshop, what: ExportKind, outDir: string, options: ExportOptions = {}): Promise<ExportResult> {
  const docs = plannedDocuments(workshop, what)
  if (docs.length === 0) throw new ExportError(nothingToExport(what))
  await mkdir(outDir, { recursive: true })
  const folder = what === 'all' ? await createUniqueFolder(outDir, participantFolderName(workshop)) : outDir
  const files: ExportedFile[] = []
  const total = docs.length + (what === 'all' ? 1 : 0)
  for (const doc of docs) {
    const data = await renderDocument(workshop, doc, options)
    const path = await writeNewFile(folder, doc.name, data)
    files.push({ name: path.slice(folder.length + 1), path, bytes: data.length, description: doc.description })
    options.onProgress?.(files.length, total)
  }
  if (what === 'all') {
    const data = Buffer.from(aboutFilesText(workshop, docs.map((d, i) => ({ ...d, name: files[i]!.name }))), 'utf8')
    const path = await writeNewFile(folder, ABOUT_FILE_NAME, data)
    files.unshift({ name: ABOUT_FILE_NAME, path, bytes: data.length, description: 'What each file in this folder is.' })
    options.onProgress?.(total, total)
  }
  return { folder, files }
}

/** An export that cannot be made as asked (no commitments drafted, say): its message is shown as is. */
export class ExportError extends Error {}

function nothingToExport(what: ExportKind): string {
  return what === 'commitments' ? 'This workshop has no commitment documents yet: draft one under Leaders first.' : 'There is nothing to export.'
}

const numbered = (name: string, n: number) => {
  if (n === 1) return name
  const ext = extname(name)
  return `${name.slice(0, name.length - ext.length)} (${n})${ext}`
}

async function writeNewFile(dir: string, name: string, data: Buffer): Promise<string> {
  return createUnique(dir, (n) => numbered(name, n), (path) => writeFile(path, data, { flag: 'wx' }), `files called "${name}"`)
}

async function createUniqueFolder(parent: string, name: string): Promise<string> {
  return createUnique(parent, (n) => (n === 1 ? name : `${name} (${n})`), (path) => mkdir(path), `folders called "${name}"`)
}

/** Creates the first of `nameFor(1)`, `nameFor(2)` … in `dir` that is not taken yet; returns its path. */
async function createUnique(dir: string, nameFor: (n: number) => string, create: (path: string) => Promise<unknown>, what: string): Promise<string> {
  for (let n = 1; n < 1000; n += 1) {
    const path = join(dir, nameFor(n))
    try {
      await create(path)
      return path
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error
    }
  }
  throw new ExportError(`Too many ${what} in ${dir}`)
}
