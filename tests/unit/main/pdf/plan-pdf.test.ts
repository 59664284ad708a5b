import { describe, expect, it } from 'vitest'
import { renderCommitmentPdf } from '../../../../src/main/services/pdf/commitment-pdf'
import { renderPlanPdf } from '../../../../src/main/services/pdf/plan-pdf'
import { pdfFonts, pdfInfo, pdfText, sampleWithLukasz, writePdf } from '../../../support/pdf-tools'
import { useTempDirs } from '../../../support/temp-dir'

const tempDir = useTempDirs()
const createdAt = new Date('2026-12-04T09:30:00Z')

describe('engagement-plan PDF', () => {
  it('names every stakeholder exactly, in embedded DejaVu subsets, with the document metadata', async () => {
    const workshop = sampleWithLukasz()
    const path = await writePdf(await tempDir(), 'plan.pdf', await renderPlanPdf(workshop, { createdAt }))
    const text = await pdfText(path)
    for (const person of workshop.stakeholders) expect(text, person.name).toContain(person.name)
    expect(text).toContain('Łukasz Żółć')
    expect(text).toContain('Ольга Петрова')
    for (const heading of ['The stakeholder map', 'Change-Makers', 'Change Sponsors', 'Onlookers', 'Change Adopters', 'Timeline of actions', 'Progress']) {
      expect(text).toContain(heading)
    }
    for (const activity of workshop.plan.activities) expect(text).toContain(activity.title.split(' ').slice(0, 2).join(' '))

    const fonts = await pdfFonts(path)
    expect(fonts.length).toBeGreaterThan(0)
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+DejaVuSans/)
      expect(font).toMatchObject({ embedded: true, subset: true })
    }

    const info = await pdfInfo(path)
    expect(info.Title).toBe(`Engagement plan: ${workshop.title}`)
    expect(info.Author).toBe(workshop.facilitator)
    expect(info.Subject).toContain(workshop.title)
    expect(info.CreationDate).toMatch(/2026/)
    const pages = Number(info.Pages)
    expect(text).toContain(`Page 1 of ${pages}`)
    expect(text).toContain(`Page ${pages} of ${pages}`)
  })

  it('flows a 500-person plan over many pages and keeps every name', async () => {
    const sample = sampleWithLukasz()
    const people = Array.from({ length: 500 }, (_, i) => ({
      ...sample.stakeholders[i % sample.stakeholders.length]!,
      id: `p${i}`,
      // Short enough for one line in the name column at any index; the first test checks the full sample names.
      name: `${sample.stakeholders[i % sample.stakeholders.length]!.name.slice(0, 14).trim()} ${i}`,
      position: i % 10 === 0 ? null : { interest: (i * 37) % 101, influence: (i * 53) % 101 },
    }))
    const path = await writePdf(await tempDir(), 'big.pdf', await renderPlanPdf({ ...sample, stakeholders: people }, { createdAt }))
    const text = await pdfText(path)
    for (const person of people) expect(text).toContain(person.name)
    expect(Number((await pdfInfo(path)).Pages)).toBeGreaterThan(15)
  })
})

describe('commitment PDF', () => {
  it('prints the statements, every signatory and one personal copy per signatory', async () => {
    const workshop = sampleWithLukasz()
    const commitment = workshop.leadership.commitments[0]!
    const dir = await tempDir()
    const combined = await pdfText(await writePdf(dir, 'all.pdf', await renderCommitmentPdf(workshop, commitment, null, { createdAt })))
    expect(combined).toContain(commitment.title)
    for (const statement of commitment.statements) expect(combined.replace(/\s+/g, ' ')).toContain(statement.text)
    expect(combined).toContain('Søren Madsen')
    expect(combined).toContain("Margaret O'Neill")
    expect(combined).toContain('Proposed by Yuki Tanaka')

    const personalPath = await writePdf(dir, 'margaret.pdf', await renderCommitmentPdf(workshop, commitment, 'sh-margaret', { createdAt }))
    const personal = await pdfText(personalPath)
    expect(personal).toContain("Prepared for Margaret O'Neill")
    expect(personal).toContain('Søren Madsen (signed)')
    expect((await pdfInfo(personalPath)).Title).toBe(`${commitment.title} (Margaret O'Neill)`)
    for (const font of await pdfFonts(personalPath)) expect(font.embedded).toBe(true)
  })
})
