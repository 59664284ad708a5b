import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fileNamePart, participantFolderName, plannedDocuments } from '../../../../src/core/exports/export-files'
import type { Workshop } from '../../../../src/core/workshop/schema'
import { readWorkshopJson } from '../../../../src/core/workshop/workshop-json'

function sample(): Workshop {
  const result = readWorkshopJson(readFileSync(new URL('../../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('export file names', () => {
  it('keeps every script and drops only what file systems refuse', () => {
    expect(fileNamePart('Ольга: план/2027 "draft"?')).toBe('Ольга план 2027 draft')
    expect(fileNamePart('Ends with dots...')).toBe('Ends with dots')
    expect(fileNamePart('   ')).toBe('Untitled')
    expect(Array.from(fileNamePart('Ж'.repeat(200), 70))).toHaveLength(70)
    expect(participantFolderName({ title: 'Kick-off: Łódź' })).toBe('Kick-off Łódź - for participants')
  })

  it('numbers the participants folder in reading order, with a personal copy per signatory', () => {
    const names = plannedDocuments(sample(), 'all').map((d) => d.name)
    expect(names).toEqual([
      '1 Workshop summary.pdf',
      '2 Engagement plan.pdf',
      '3 Commitment - Our commitment to paperless wards - all signatures.pdf',
      '3 Commitment - Our commitment to paperless wards - for Søren Madsen.pdf',
      "3 Commitment - Our commitment to paperless wards - for Margaret O'Neill.pdf",
      '4 Change network roster.pdf',
      '5 Stakeholder register.csv',
    ])
  })

  it('tells several commitments apart and starts single exports with the workshop title', () => {
    const workshop = sample()
    const [first] = workshop.leadership.commitments
    const second = { ...first!, id: 'commit-2', title: 'Champion pledge', signatories: [] }
    const two = { ...workshop, leadership: { ...workshop.leadership, commitments: [first!, second] } }
    const names = plannedDocuments(two, 'commitments').map((d) => d.name)
    expect(names[0]).toBe('Sample Northwind Health goes paperless - Commitment 1 - Our commitment to paperless wards - all signatures.pdf')
    expect(names.at(-1)).toBe('Sample Northwind Health goes paperless - Commitment 2 - Champion pledge - all signatures.pdf')
    expect(plannedDocuments(workshop, 'plan').map((d) => d.kind)).toEqual(['plan'])
  })
})
