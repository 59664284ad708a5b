import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { commitmentView, layoutCommitment, SIGNATURE_BLOCK } from '../../../../src/core/exports/commitment-document'
import type { MeasureText, PageItem, TextItem } from '../../../../src/core/exports/display-list'
import type { Commitment } from '../../../../src/core/leaders/schema'
import type { Workshop } from '../../../../src/core/workshop/schema'
import { readWorkshopJson } from '../../../../src/core/workshop/workshop-json'

function sample(): Workshop {
  const result = readWorkshopJson(readFileSync(new URL('../../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** Every character half an em wide: predictable wrapping without a font. */
const measure: MeasureText = (text, style) => Array.from(text).length * style.size * 0.5
const BOX = { width: 480, height: 700 }
const texts = (items: PageItem[]) => items.filter((i): i is TextItem => i.kind === 'text').map((i) => i.text)

function withCommitment(workshop: Workshop, change: (c: Commitment) => Commitment): Workshop {
  const [first, ...rest] = workshop.leadership.commitments
  return { ...workshop, leadership: { ...workshop.leadership, commitments: [change(first!), ...rest] } }
}

describe('commitment view', () => {
  it('numbers the statements in the order the room arranged them, each with its credit', () => {
    const workshop = withCommitment(sample(), (c) => ({
      ...c,
      statements: [c.statements[2]!, c.statements[0]!, { ...c.statements[1]!, proposedBy: '  ' }],
    }))
    const view = commitmentView(workshop, workshop.leadership.commitments[0]!)
    expect(view.statements.map((s) => s.number)).toEqual([1, 2, 3])
    expect(view.statements[0]!.text).toMatch(/^We will publish clear rules/)
    expect(view.statements.map((s) => s.credit)).toEqual(['Proposed by Yuki Tanaka', 'Proposed by Søren Madsen', null])
  })

  it('keeps the signatories in the chosen order, a drawn signature for the signed and a blank for the rest', () => {
    const workshop = sample()
    const view = commitmentView(workshop, workshop.leadership.commitments[0]!)
    expect(view.blocks.map((b) => b.name)).toEqual(['Søren Madsen', "Margaret O'Neill"])
    expect(view.blocks[0]!.signature?.strokes.length).toBeGreaterThan(0)
    expect(view.blocks[0]!.signedOn).toMatch(/^Signed on \d{1,2} \w+ \d{4}$/)
    expect(view.blocks[1]!.signature).toBeNull()
    expect(view.blocks[1]!.signedOn).toBeNull()
    expect(view).toMatchObject({ signedCount: 1, signatoryCount: 2, addressee: null, coSignatories: [] })
    expect(view.agreed).toBe('Agreed in Northwind General, Board Room on 6 October 2026')
  })

  it('personalises a copy: only the addressee signs it, the others are named with whether they signed', () => {
    const workshop = sample()
    const view = commitmentView(workshop, workshop.leadership.commitments[0]!, 'sh-margaret')
    expect(view.addressee?.name).toBe("Margaret O'Neill")
    expect(view.blocks.map((b) => b.name)).toEqual(["Margaret O'Neill"])
    expect(view.coSignatories).toEqual([{ name: 'Søren Madsen', signed: true }])
    expect(() => commitmentView(workshop, workshop.leadership.commitments[0]!, 'sh-zoe')).toThrow(/not a signatory/)
  })

  it('leaves out a signatory whose stakeholder was removed', () => {
    const workshop = sample()
    const pruned = { ...workshop, stakeholders: workshop.stakeholders.filter((s) => s.id !== 'sh-soren') }
    const view = commitmentView(pruned, pruned.leadership.commitments[0]!)
    expect(view.blocks.map((b) => b.stakeholderId)).toEqual(['sh-margaret'])
    expect(view.signatoryCount).toBe(1)
  })
})

describe('commitment layout', () => {
  it('draws the strokes for a signed block and a solid blank line plus a date line for an unsigned one', () => {
    const workshop = sample()
    const [page, ...more] = layoutCommitment(commitmentView(workshop, workshop.leadership.commitments[0]!), BOX, measure)
    expect(more).toHaveLength(0)
    const strokes = page!.items.filter((i) => i.kind === 'strokes')
    expect(strokes).toHaveLength(1)
    const lines = page!.items.filter((i) => i.kind === 'line')
    // Signed: a light rule under the strokes. Unsigned: the signing line and the date line.
    expect(lines).toHaveLength(3)
    expect(texts(page!.items)).toEqual(expect.arrayContaining(['Søren Madsen', "Margaret O'Neill", 'Date:', 'Signatures']))
  })

  it('wraps a long statement within the column and breaks it across pages, keeping its credit with its last line', () => {
    const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ')
    const workshop = withCommitment(sample(), (c) => ({ ...c, statements: [...c.statements, { id: 'st-long', text: long, proposedBy: 'Ольга Петрова' }] }))
    const pages = layoutCommitment(commitmentView(workshop, workshop.leadership.commitments[0]!), BOX, measure)
    expect(pages.length).toBeGreaterThan(1)
    for (const page of pages) {
      for (const item of page.items) {
        if (item.kind !== 'text') continue
        expect(item.x + measure(item.text, item.style)).toBeLessThanOrEqual(BOX.width + 0.01)
        expect(item.y + item.style.size).toBeLessThanOrEqual(BOX.height)
      }
    }
    // Every word is laid out exactly once, in order, across the pages.
    const words = pages.flatMap((p) => texts(p.items)).join(' ').split(' ').filter((w) => /^word\d+$/.test(w))
    expect(words).toEqual(long.split(' '))
    const creditPage = pages.findIndex((p) => texts(p.items).includes('Proposed by Ольга Петрова'))
    expect(texts(pages[creditPage]!.items).some((t) => t.includes('word399'))).toBe(true)
  })

  it('never splits a signature block across pages', () => {
    const workshop = sample()
    const leaders = workshop.stakeholders.slice(0, 15).map((s) => ({ stakeholderId: s.id, signature: null }))
    const many = withCommitment(workshop, (c) => ({ ...c, signatories: leaders }))
    const pages = layoutCommitment(commitmentView(many, many.leadership.commitments[0]!), BOX, measure)
    expect(pages.length).toBeGreaterThan(1)
    const names = pages.flatMap((p) => texts(p.items)).filter((t) => leaders.some((l) => many.stakeholders.find((s) => s.id === l.stakeholderId)?.name === t))
    expect(names).toHaveLength(15)
    for (const page of pages) {
      for (const item of page.items) {
        if (item.kind === 'line') expect(item.y1).toBeLessThanOrEqual(BOX.height - SIGNATURE_BLOCK.height + SIGNATURE_BLOCK.strokeHeight + 4)
      }
    }
  })

  it('breaks a word longer than the line instead of letting it overflow', () => {
    const workshop = withCommitment(sample(), (c) => ({ ...c, title: 'Ж'.repeat(120) }))
    const [page] = layoutCommitment(commitmentView(workshop, workshop.leadership.commitments[0]!), BOX, measure)
    const titleLines = page!.items.filter((i): i is TextItem => i.kind === 'text' && /^Ж+$/.test(i.text))
    expect(titleLines.length).toBeGreaterThan(1)
    expect(titleLines.map((l) => l.text).join('')).toBe('Ж'.repeat(120))
  })
})
