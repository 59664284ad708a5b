import { readFile, readdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { exportWorkshop } from '../../../../src/main/services/exports/workshop-exports'
import { pdfFonts, pdfInfo, pdfText, sampleWithLukasz } from '../../../support/pdf-tools'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
const createdAt = new Date('2026-12-04T09:30:00Z')

describe('everything for participants', () => {
  it('writes one folder with every PDF, the register as CSV and a note on what each file is', async () => {
    const workshop = sampleWithLukasz()
    const out = await tempDir()
    const progress: number[] = []
    const result = await exportWorkshop(workshop, 'all', out, { createdAt, onProgress: (done) => progress.push(done) })
    expect(result.folder).toBe(`${out}/Sample Northwind Health goes paperless - for participants`)
    const names = (await readdir(result.folder)).sort()
    expect(names).toEqual([
      '0 About these files.txt',
      '1 Workshop summary.pdf',
      '2 Engagement plan.pdf',
      '3 Commitment - Our commitment to paperless wards - all signatures.pdf',
      "3 Commitment - Our commitment to paperless wards - for Margaret O'Neill.pdf",
      '3 Commitment - Our commitment to paperless wards - for Søren Madsen.pdf',
      '4 Change network roster.pdf',
      '5 Stakeholder register.csv',
    ])
    expect(progress.at(-1)).toBe(names.length)

    for (const file of result.files.filter((f) => f.name.endsWith('.pdf'))) {
      for (const font of await pdfFonts(file.path)) expect(font, file.name).toMatchObject({ embedded: true, subset: true })
      expect((await pdfInfo(file.path)).Author).toBe(workshop.facilitator)
    }
    const text = async (name: string) => pdfText(result.files.find((f) => f.name === name)!.path)

    const plan = await text('2 Engagement plan.pdf')
    for (const person of workshop.stakeholders) expect(plan).toContain(person.name)

    const summary = await text('1 Workshop summary.pdf')
    expect(Number((await pdfInfo(result.files.find((f) => f.name === '1 Workshop summary.pdf')!.path)).Pages)).toBe(1)
    for (const heading of ['People per quadrant', 'Top concerns', 'Next actions', 'Commitments']) expect(summary).toContain(heading)
    expect(summary).toContain('1 of 2 signed')

    const roster = await text('4 Change network roster.pdf')
    for (const champion of workshop.network.champions) expect(roster).toContain(champion.name)
    expect(roster).toContain('no confirmed champion yet')
    expect(roster).toContain(workshop.network.meetingCadence)

    const csv = await readFile(result.files.find((f) => f.name.endsWith('.csv'))!.path, 'utf8')
    expect(csv).toContain('Łukasz Żółć')
    expect(csv).toContain('Ольга Петрова')
    const about = await readFile(result.files[0]!.path, 'utf8')
    for (const name of names.slice(1)) expect(about).toContain(name)
  })

  it('never overwrites an earlier export: a second one gets a numbered name', async () => {
    const workshop = sampleWithLukasz()
    const out = await tempDir()
    const first = await exportWorkshop(workshop, 'plan', out, { createdAt })
    const second = await exportWorkshop(workshop, 'plan', out, { createdAt })
    expect(first.files.map((f) => f.name)).toEqual(['Sample Northwind Health goes paperless - Engagement plan.pdf'])
    expect(second.files.map((f) => f.name)).toEqual(['Sample Northwind Health goes paperless - Engagement plan (2).pdf'])
    const again = await exportWorkshop(workshop, 'all', out, { createdAt })
    const twice = await exportWorkshop(workshop, 'all', out, { createdAt })
    expect(twice.folder).toBe(`${again.folder} (2)`)
  })

  it('says plainly when there is no commitment to export', async () => {
    const workshop = sampleWithLukasz()
    const none = { ...workshop, leadership: { ...workshop.leadership, commitments: [] } }
    await expect(exportWorkshop(none, 'commitments', await tempDir())).rejects.toThrow(/no commitment documents yet/)
  })
})
