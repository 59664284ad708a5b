import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  addCommitment,
  addSignatory,
  addStatement,
  draftCommitment,
  moveStatement,
  removeCommitment,
  removeSignatory,
  removeStatement,
  setSignature,
  shiftStatement,
  updateCommitment,
  updateStatement,
} from '../../../../src/core/leaders/commitment-edits'
import { COMMITMENT_TEMPLATES, commitmentSchema } from '../../../../src/core/leaders/schema'
import { COMMITMENT_TEMPLATE_LIST, COMMITMENT_TEMPLATE_TEXTS, ORGANISATION_PLACEHOLDER, fillTemplateText } from '../../../../src/core/leaders/templates'
import { workshopSchema } from '../../../../src/core/workshop/schema'
import { readWorkshopJson } from '../../../../src/core/workshop/workshop-json'

const loaded = readWorkshopJson(readFileSync(new URL('../../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
if (!loaded.ok) throw new Error(loaded.error.message)
const { revision: _revision, ...sample } = loaded.value
const counter = () => {
  let n = 0
  return () => `id-${++n}`
}
const order = (w: typeof sample, id = 'commit-leaders') => w.leadership.commitments.find((c) => c.id === id)?.statements.map((s) => s.id)
const signature = { width: 600, height: 200, strokes: [{ points: [1, 2, 30, 40] }], signedAt: '2026-12-04T10:00:00.000Z' }

describe('commitment templates', () => {
  it('offers every template once, the two written ones with a preamble and statements', () => {
    expect(COMMITMENT_TEMPLATE_LIST.map((t) => t.id).sort()).toEqual([...COMMITMENT_TEMPLATES].sort())
    for (const id of ['leadership-commitment', 'champion-pledge'] as const) {
      const template = COMMITMENT_TEMPLATE_TEXTS[id]
      expect(template.preamble).toContain(ORGANISATION_PLACEHOLDER)
      expect(template.statements.length).toBeGreaterThanOrEqual(3)
    }
  })

  it('drafts a valid document from each template with the organisation filled in', () => {
    for (const template of COMMITMENT_TEMPLATES) {
      const drafted = draftCommitment(template, counter(), 'Northwind Health')
      expect(commitmentSchema.safeParse(drafted).success).toBe(true)
      expect(JSON.stringify(drafted)).not.toContain(ORGANISATION_PLACEHOLDER)
      expect(drafted.template).toBe(template)
    }
    const pledge = draftCommitment('champion-pledge', counter(), 'Northwind Health')
    expect(pledge.preamble).toContain('Northwind Health')
    expect(pledge.statements.map((s) => s.id)).toEqual(['id-2', 'id-3', 'id-4', 'id-5'])
    expect(fillTemplateText('At {organisation}.', ' ')).toBe('At our organisation.')
  })
})

describe('commitment edits', () => {
  it('adds, updates and removes a document; an empty title is refused', () => {
    const added = addCommitment(sample, draftCommitment('blank', () => 'blank-1', 'Northwind'))
    expect(added.leadership.commitments).toHaveLength(2)
    const renamed = updateCommitment(added, 'blank-1', { title: 'Ward 7 pledge', place: 'Ward 7', date: '2026-12-04' })
    expect(renamed.leadership.commitments[1]).toMatchObject({ title: 'Ward 7 pledge', place: 'Ward 7', date: '2026-12-04' })
    expect(updateCommitment(renamed, 'blank-1', { title: '  ' })).toBe(renamed)
    expect(updateCommitment(sample, 'nobody', { place: 'x' })).toBe(sample)
    expect(workshopSchema.safeParse(renamed).success).toBe(true)
    expect(removeCommitment(renamed, 'blank-1').leadership.commitments).toEqual(sample.leadership.commitments)
  })

  it('adds statements at the end or after another, trims them, and refuses empty text', () => {
    const atEnd = addStatement(sample, 'commit-leaders', { id: 'st-4', text: ' We will report progress monthly. ', proposedBy: ' Liam Byrne ' })
    expect(order(atEnd)).toEqual(['st-1', 'st-2', 'st-3', 'st-4'])
    expect(atEnd.leadership.commitments[0]?.statements[3]).toEqual({ id: 'st-4', text: 'We will report progress monthly.', proposedBy: 'Liam Byrne' })
    expect(order(addStatement(sample, 'commit-leaders', { id: 'st-x', text: 'Between' }, 'st-1'))).toEqual(['st-1', 'st-x', 'st-2', 'st-3'])
    expect(addStatement(sample, 'commit-leaders', { id: 'st-y', text: '  ' })).toBe(sample)
  })

  it('edits the text and the credit of a statement, never to empty text', () => {
    const credited = updateStatement(sample, 'commit-leaders', 'st-2', { proposedBy: 'Zoë Adeyemi' })
    expect(credited.leadership.commitments[0]?.statements[1]?.proposedBy).toBe('Zoë Adeyemi')
    expect(updateStatement(sample, 'commit-leaders', 'st-2', { text: '' })).toBe(sample)
    expect(order(removeStatement(sample, 'commit-leaders', 'st-2'))).toEqual(['st-1', 'st-3'])
    expect(removeStatement(sample, 'commit-leaders', 'st-9')).toBe(sample)
  })

  it('reorders like a drag: onto a later item lands after it, onto an earlier one before it', () => {
    expect(order(moveStatement(sample, 'commit-leaders', 'st-1', 'st-3'))).toEqual(['st-2', 'st-3', 'st-1'])
    expect(order(moveStatement(sample, 'commit-leaders', 'st-3', 'st-1'))).toEqual(['st-3', 'st-1', 'st-2'])
    expect(moveStatement(sample, 'commit-leaders', 'st-2', 'st-2')).toBe(sample)
    expect(moveStatement(sample, 'commit-leaders', 'st-2', 'gone')).toBe(sample)
    expect(order(shiftStatement(sample, 'commit-leaders', 'st-2', -1))).toEqual(['st-2', 'st-1', 'st-3'])
    expect(order(shiftStatement(sample, 'commit-leaders', 'st-2', 1))).toEqual(['st-1', 'st-3', 'st-2'])
    expect(shiftStatement(sample, 'commit-leaders', 'st-3', 1)).toBe(sample)
  })

  it('adds only leaders as signatories, once each, unsigned', () => {
    const withAmara = addSignatory(sample, 'commit-leaders', 'sh-amara')
    expect(withAmara.leadership.commitments[0]?.signatories.at(-1)).toEqual({ stakeholderId: 'sh-amara', signature: null })
    expect(addSignatory(withAmara, 'commit-leaders', 'sh-amara')).toBe(withAmara)
    expect(addSignatory(sample, 'commit-leaders', 'sh-henrik')).toBe(sample)
    expect(removeSignatory(withAmara, 'commit-leaders', 'sh-amara').leadership.commitments[0]?.signatories).toEqual(sample.leadership.commitments[0]?.signatories)
  })

  it('stores a drawn signature as strokes, and clears it back to a blank line', () => {
    const signed = setSignature(sample, 'commit-leaders', 'sh-margaret', signature)
    expect(signed.leadership.commitments[0]?.signatories.find((s) => s.stakeholderId === 'sh-margaret')?.signature).toEqual(signature)
    expect(workshopSchema.safeParse(signed).success).toBe(true)
    const blank = setSignature(signed, 'commit-leaders', 'sh-soren', null)
    expect(blank.leadership.commitments[0]?.signatories.find((s) => s.stakeholderId === 'sh-soren')?.signature).toBeNull()
    expect(setSignature(sample, 'commit-leaders', 'sh-henrik', signature)).toBe(sample)
  })
})
