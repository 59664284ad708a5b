import { normaliseWord } from './clean-text'

export const IMPORT_FIELD_IDS = [
  'name',
  'firstName',
  'lastName',
  'role',
  'unit',
  'kind',
  'influence',
  'interest',
  'attitude',
  'owner',
  'tags',
  'priorities',
  'concerns',
  'notes',
] as const
export type ImportFieldId = (typeof IMPORT_FIELD_IDS)[number]

export const IMPORT_FIELD_LABELS: Readonly<Record<ImportFieldId, string>> = {
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  role: 'Role',
  unit: 'Business unit',
  kind: 'Person or group',
  influence: 'Influence',
  interest: 'Interest / impact',
  attitude: 'Attitude',
  owner: 'Engagement owner',
  tags: 'Tags',
  priorities: 'Priorities',
  concerns: 'Concerns',
  notes: 'Notes',
}

/** Header words per field, already normalised (lower case, no accents); English first, then common European variants. */
const HEADER_WORDS: Readonly<Record<ImportFieldId, readonly string[]>> = {
  name: ['name', 'full name', 'fullname', 'stakeholder', 'stakeholder name', 'person', 'contact', 'contact name', 'employee', 'employee name', 'display name', 'who', 'nom', 'nom complet', 'naam', 'nombre', 'nome', 'vollstandiger name'],
  firstName: ['first name', 'firstname', 'given name', 'forename', 'vorname', 'prenom', 'voornaam'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'nachname', 'nom de famille', 'achternaam', 'apellido'],
  role: ['role', 'position', 'title', 'job title', 'job', 'job role', 'function', 'designation', 'rolle', 'funktion', 'titel', 'poste', 'fonction', 'functie', 'cargo', 'puesto'],
  unit: ['unit', 'business unit', 'bu', 'department', 'dept', 'division', 'team', 'org unit', 'organisation unit', 'organization unit', 'area', 'abteilung', 'bereich', 'service', 'departement', 'afdeling', 'departamento'],
  kind: ['kind', 'type', 'person or group', 'person group', 'stakeholder type', 'typ'],
  influence: ['influence', 'power', 'authority', 'influence level', 'power influence', 'einfluss', 'macht', 'invloed', 'influencia', 'pouvoir'],
  interest: ['interest', 'impact', 'interest impact', 'impact interest', 'interest level', 'impact level', 'affected', 'stake', 'interesse', 'betroffenheit', 'interet', 'belang', 'interes', 'impacto'],
  attitude: ['attitude', 'sentiment', 'stance', 'support', 'support level', 'attitude to change', 'disposition', 'haltung', 'einstellung', 'houding', 'actitud'],
  owner: ['owner', 'engagement owner', 'relationship owner', 'account owner', 'responsible', 'contact owner', 'lead', 'verantwortlich', 'responsable', 'eigenaar'],
  tags: ['tags', 'tag', 'labels', 'label', 'keywords', 'category', 'categories', 'schlagworte'],
  priorities: ['priorities', 'priority', 'needs', 'goals', 'wants', 'prioritaten', 'priorites'],
  concerns: ['concerns', 'concern', 'worries', 'risks', 'issues', 'bedenken', 'preoccupations', 'zorgen'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'notizen', 'bemerkungen', 'remarques', 'opmerkingen'],
}

const EXACT = new Map<string, ImportFieldId>()
for (const field of IMPORT_FIELD_IDS) for (const word of HEADER_WORDS[field]) if (!EXACT.has(word)) EXACT.set(word, field)

/** The field a header names, exactly or as a phrase inside it ("Level of influence (1-5)"), or null. */
export function fieldForHeader(header: string): { field: ImportFieldId; exact: boolean; strength: number } | null {
  const normal = normaliseWord(header)
  if (!normal) return null
  const exact = EXACT.get(normal)
  if (exact) return { field: exact, exact: true, strength: normal.length }
  let best: { field: ImportFieldId; exact: boolean; strength: number } | null = null
  const padded = ` ${normal} `
  for (const [word, field] of EXACT) {
    // Short abbreviations only count as the whole header.
    if (word.length < 4) continue
    if (padded.includes(` ${word} `) && (!best || word.length > best.strength)) best = { field, exact: false, strength: word.length }
  }
  return best
}

/**
 * Which field each column holds, from the header row: exact matches first, then phrases, each field
 * used once. A column nobody recognises maps to null, which the user can change in the mapping step.
 */
export function guessColumnFields(headers: readonly string[]): (ImportFieldId | null)[] {
  const result: (ImportFieldId | null)[] = headers.map(() => null)
  const used = new Set<ImportFieldId>()
  const matches = headers.map((h) => fieldForHeader(h))
  for (const pass of [true, false]) {
    const order = matches
      .map((m, column) => ({ m, column }))
      .filter((x): x is { m: NonNullable<typeof x.m>; column: number } => x.m !== null && x.m.exact === pass)
      .sort((a, b) => b.m.strength - a.m.strength || a.column - b.column)
    for (const { m, column } of order) {
      if (used.has(m.field) || result[column] !== null) continue
      result[column] = m.field
      used.add(m.field)
    }
  }
  // A full name column makes first/last columns redundant; keep them only without one.
  if (used.has('name')) {
    for (let i = 0; i < result.length; i++) if (result[i] === 'firstName' || result[i] === 'lastName') result[i] = null
  }
  return result
}
