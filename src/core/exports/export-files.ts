import type { Workshop } from '../workshop/schema'

/** What an export writes: one document kind, or everything for participants in one folder. */
export const EXPORT_KINDS = ['plan', 'commitments', 'network', 'summary', 'all'] as const
export type ExportKind = (typeof EXPORT_KINDS)[number]

export const EXPORT_KIND_LABELS: Readonly<Record<ExportKind, string>> = {
  plan: 'Engagement plan (PDF)',
  commitments: 'Commitments: one per signatory and one with every signature (PDFs)',
  network: 'Change-network roster (PDF)',
  summary: 'One-page workshop summary (PDF)',
  all: 'Everything for participants: a folder with every PDF and the register as CSV',
}

export type PlannedDocument =
  | { kind: 'plan' | 'network' | 'summary' | 'register'; name: string; description: string }
  | { kind: 'commitment'; name: string; description: string; commitmentId: string; stakeholderId: string | null }

/** Text made safe as part of a file name on Windows, macOS and Linux; letters of every script are kept. */
export function fileNamePart(text: string, max = 70): string {
  const cleaned = text
    .replace(/[/\\:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const cut = Array.from(cleaned).slice(0, max).join('').trim()
  // Windows refuses names ending in a dot or a space.
  return cut.replace(/[. ]+$/, '') || 'Untitled'
}

/** The folder "everything for participants" writes, named after the workshop. */
export const participantFolderName = (workshop: Pick<Workshop, 'title'>): string => `${fileNamePart(workshop.title)} - for participants`

/**
 * The files an export writes, in reading order, each named so a participant knows what it is
 * without opening it. Inside the participants' folder the names are numbered in that order;
 * a single export writes beside other files, so its names start with the workshop's title.
 */
export function plannedDocuments(workshop: Workshop, what: ExportKind): PlannedDocument[] {
  const bundle = what === 'all'
  const title = fileNamePart(workshop.title, 60)
  const name = (order: number, label: string, ext = 'pdf') => (bundle ? `${order} ${label}.${ext}` : `${title} - ${label}.${ext}`)
  const byId = new Map(workshop.stakeholders.map((s) => [s.id, s.name]))
  const docs: PlannedDocument[] = []
  if (bundle || what === 'summary') {
    docs.push({ kind: 'summary', name: name(1, 'Workshop summary'), description: 'One page: the map, people per quadrant, top concerns, next actions and signatures.' })
  }
  if (bundle || what === 'plan') {
    docs.push({ kind: 'plan', name: name(2, 'Engagement plan'), description: 'The map, what we do with each group of people and when, and how far we have come.' })
  }
  if (bundle || what === 'commitments') {
    const many = workshop.leadership.commitments.length > 1
    workshop.leadership.commitments.forEach((c, index) => {
      const label = many ? `Commitment ${index + 1} - ${fileNamePart(c.title, 50)}` : `Commitment - ${fileNamePart(c.title, 50)}`
      docs.push({ kind: 'commitment', commitmentId: c.id, stakeholderId: null, name: name(3, `${label} - all signatures`), description: `"${c.title}" with every signature block.` })
      for (const signatory of c.signatories) {
        const person = byId.get(signatory.stakeholderId)
        if (!person) continue
        docs.push({
          kind: 'commitment',
          commitmentId: c.id,
          stakeholderId: signatory.stakeholderId,
          name: name(3, `${label} - for ${fileNamePart(person, 50)}`),
          description: `"${c.title}", the personal copy for ${person}.`,
        })
      }
    })
  }
  if (bundle || what === 'network') {
    docs.push({ kind: 'network', name: name(4, 'Change network roster'), description: 'The champions, their units and stages, the gaps still to fill and how the network meets.' })
  }
  if (bundle) {
    docs.push({ kind: 'register', name: name(5, 'Stakeholder register', 'csv'), description: 'Everyone named in the workshop, as a spreadsheet (opens in Excel, Numbers or LibreOffice).' })
  }
  return docs
}

/** A short text file for the participants' folder: what each file is. */
export function aboutFilesText(workshop: Workshop, docs: readonly PlannedDocument[]): string {
  const lines = [`${workshop.title}`, '', 'The files in this folder:', '']
  for (const doc of docs) lines.push(`${doc.name}`, `    ${doc.description}`, '')
  return `${lines.join('\r\n')}`
}

export const ABOUT_FILE_NAME = '0 About these files.txt'
