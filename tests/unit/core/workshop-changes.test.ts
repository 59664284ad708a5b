import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { IPC_CONTRACT } from '../../../src/core/ipc-contract'
import type { Stakeholder, Workshop } from '../../../src/core/workshop/schema'
import { addStakeholder, createStakeholder } from '../../../src/core/workshop/stakeholder-edits'
import { applyWorkshopChanges, diffWorkshop, isUnchanged } from '../../../src/core/workshop/workshop-changes'
import { STAKEHOLDER_SEPARATOR, readWorkshopJson, serializeWorkshop, stakeholderEntryText, workshopTextAround } from '../../../src/core/workshop/workshop-json'

const loaded = readWorkshopJson(readFileSync(new URL('../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
if (!loaded.ok) throw new Error(loaded.error.message)
const file = loaded.value
const { revision: _revision, ...sample } = file

const move = (w: Workshop, index: number, interest: number): Workshop => ({
  ...w,
  stakeholders: w.stakeholders.map((s, i) => (i === index ? { ...s, position: { interest, influence: 50 } } : s)),
})
const person = (name: string, id: string): Stakeholder => createStakeholder({ name }, id, new Date('2026-12-01T10:00:00Z'))

describe('diffWorkshop', () => {
  it('finds nothing between a workshop and itself', () => {
    expect(isUnchanged(diffWorkshop(sample, sample))).toBe(true)
  })

  it('sends one moved stakeholder and no order when nobody was added, removed or reordered', () => {
    const changes = diffWorkshop(sample, move(sample, 3, 12))
    expect(changes).toEqual({ fields: {}, stakeholders: { order: null, changed: [move(sample, 3, 12).stakeholders[3]] } })
  })

  it('sends the new order after an add, a delete and a reorder, and the changed sections whole', () => {
    const added = addStakeholder(sample, person('Søren', 'soren'))
    const removed = { ...added, stakeholders: added.stakeholders.slice(1) }
    const reordered = { ...removed, stakeholders: [...removed.stakeholders].reverse(), plan: { ...removed.plan, activities: [] } }
    const changes = diffWorkshop(sample, reordered)
    expect(changes.stakeholders.order).toEqual(reordered.stakeholders.map((s) => s.id))
    expect(changes.stakeholders.changed.map((s) => s.name)).toEqual(['Søren'])
    expect(Object.keys(changes.fields)).toEqual(['plan'])
  })
})

describe('applyWorkshopChanges', () => {
  const edits: [string, (w: Workshop) => Workshop][] = [
    ['a move', (w) => move(w, 0, 99)],
    ['an add', (w) => addStakeholder(w, person('Zoë "the ally" <b>', 'zoe'))],
    ['a delete', (w) => ({ ...w, stakeholders: w.stakeholders.filter((_, i) => i !== 5) })],
    ['a reorder and a retitle', (w) => ({ ...w, title: 'Ольга', stakeholders: [...w.stakeholders].reverse() })],
    ['everyone removed', (w) => ({ ...w, stakeholders: [] })],
  ]

  it.each(edits)('rebuilds the edited workshop from the saved one after %s', (_name, edit) => {
    const present = edit(sample)
    expect(applyWorkshopChanges(sample, diffWorkshop(sample, present))).toEqual({ ok: true, value: present })
  })

  it('keeps the base file’s key order, so the written text matches a whole save byte for byte', () => {
    const present = move(addStakeholder(sample, person('Łukasz', 'lukasz')), 2, 40)
    const applied = applyWorkshopChanges(file, diffWorkshop(sample, present))
    if (!applied.ok) throw new Error(applied.error.message)
    expect(serializeWorkshop(applied.value)).toBe(serializeWorkshop({ ...present, revision: file.revision }))
  })

  it('refuses changes that would leave two stakeholders with one id or one that does not exist', () => {
    const twice = { fields: {}, stakeholders: { order: [...sample.stakeholders.map((s) => s.id), sample.stakeholders[0]!.id], changed: [] } }
    expect(applyWorkshopChanges(sample, twice)).toMatchObject({ ok: false, error: { code: 'invalid-request', message: /same id/ } })
    const unknown = { fields: {}, stakeholders: { order: ['nobody'], changed: [] } }
    expect(applyWorkshopChanges(sample, unknown)).toMatchObject({ ok: false, error: { message: /"nobody" is neither/ } })
    const stray = { fields: {}, stakeholders: { order: [sample.stakeholders[0]!.id], changed: [person('Stray', 'stray')] } }
    expect(applyWorkshopChanges(sample, stray)).toMatchObject({ ok: false, error: { message: /missing from the order/ } })
    const newWithoutOrder = { fields: {}, stakeholders: { order: null, changed: [person('New', 'new')] } }
    expect(applyWorkshopChanges(sample, newWithoutOrder)).toMatchObject({ ok: false, error: { message: /missing from the order/ } })
  })

  it('is validated part by part at the IPC boundary: a bad changed stakeholder or field is refused', () => {
    const request = (changes: unknown) => IPC_CONTRACT.saveWorkshopChanges.request.safeParse({ file: 'a.json', baseRevision: 0, changes })
    const good = diffWorkshop(sample, move(sample, 1, 30))
    expect(request(good).success).toBe(true)
    const offMap = { ...good, stakeholders: { order: null, changed: [{ ...good.stakeholders.changed[0], position: { interest: 140, influence: 0 } }] } }
    expect(request(offMap).success).toBe(false)
    expect(request({ ...good, fields: { title: '   ' } }).success).toBe(false)
    expect(request({ ...good, fields: { revision: 9 } }).success).toBe(false)
    expect(request({ ...good, fields: { stakeholders: [] } }).success).toBe(false)
  })
})

describe('workshopTextAround', () => {
  const assemble = (w: typeof file) => {
    const { before, after } = workshopTextAround(w)
    return before + w.stakeholders.map(stakeholderEntryText).join(STAKEHOLDER_SEPARATOR) + after
  }

  it('puts the entries back into exactly the text serializeWorkshop writes', () => {
    expect(assemble(file)).toBe(serializeWorkshop(file))
    expect(assemble({ ...file, stakeholders: [] })).toBe(serializeWorkshop({ ...file, stakeholders: [] }))
    expect(assemble({ ...file, stakeholders: file.stakeholders.slice(0, 1) })).toBe(serializeWorkshop({ ...file, stakeholders: file.stakeholders.slice(0, 1) }))
  })

  it('is not fooled by names and titles that look like the stakeholders key', () => {
    const hostile = '\n  "stakeholders": [],\n  "x": "'
    const w = { ...file, title: hostile, organisation: '"stakeholders": []', stakeholders: [{ ...file.stakeholders[0]!, name: hostile, role: '],\n  "evil": 1' }] }
    expect(assemble(w)).toBe(serializeWorkshop(w))
  })
})
