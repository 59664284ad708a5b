import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import type { Stakeholder, WorkshopFile } from '../../../src/core/workshop/schema'
import { readWorkshopJson, serializeWorkshop } from '../../../src/core/workshop/workshop-json'
import { STAKEHOLDERS_PER_CHUNK, WorkshopEncoder } from '../../../src/main/services/workshop-encoder'

const loaded = readWorkshopJson(readFileSync(new URL('../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
if (!loaded.ok) throw new Error(loaded.error.message)
const sample = loaded.value

const text = (pieces: readonly Uint8Array[]) => Buffer.concat(pieces).toString('utf8')
const NAMES = ['Łukasz', 'Søren', 'Zoë', 'Ольга', 'Aiko 😀', 'Ana']

/** The sample workshop with `count` stakeholders, each its own object with its own id and name. */
function workshopOf(count: number): WorkshopFile {
  const stakeholders = Array.from({ length: count }, (_, i): Stakeholder => {
    const model = sample.stakeholders[i % sample.stakeholders.length] as Stakeholder
    return { ...model, id: `p-${i}`, name: `${NAMES[i % NAMES.length]} ${i}` }
  })
  return { ...sample, stakeholders }
}

const changed = (s: Stakeholder): Stakeholder => ({ ...s, name: `${s.name} (moved)`, position: { interest: 12, influence: 88 } })
const changeAt = (list: readonly Stakeholder[], i: number) => list.map((s, j) => (j === i ? changed(s) : s))
const middle = (list: readonly Stakeholder[]) => Math.floor(list.length / 2)

const EDITS: Record<string, (list: readonly Stakeholder[]) => readonly Stakeholder[]> = {
  'no change': (list) => list,
  'one changed at the start': (list) => changeAt(list, 0),
  'one changed in the middle': (list) => changeAt(list, middle(list)),
  'one changed at the end': (list) => changeAt(list, list.length - 1),
  'one added at the end': (list) => [...list, { ...(sample.stakeholders[0] as Stakeholder), id: 'new', name: 'Ольга Søren 😀' }],
  'one deleted in the middle': (list) => list.filter((_, i) => i !== middle(list)),
  reordered: (list) => [...list].reverse(),
}

describe('WorkshopEncoder', () => {
  it('writes the bytes of serializeWorkshop, for the sample, an empty list and hostile names', () => {
    const encoder = new WorkshopEncoder()
    const hostile: WorkshopFile = {
      ...sample,
      title: 'Ольга\n  "stakeholders": []',
      stakeholders: sample.stakeholders.map((s, i) => (i === 0 ? { ...s, name: 'Łukasz "\\u2028" \u2028 😀 Søren', role: '],\n  "x": 1' } : s)),
    }
    for (const file of [sample, { ...sample, stakeholders: [] }, hostile]) {
      expect(text(encoder.encode(file))).toBe(serializeWorkshop(file))
    }
  })

  describe.each([0, 1, STAKEHOLDERS_PER_CHUNK, STAKEHOLDERS_PER_CHUNK + 1, 2 * STAKEHOLDERS_PER_CHUNK, 200])('with %i stakeholders', (count) => {
    it.each(Object.keys(EDITS))('stays exact after a save with %s', (edit) => {
      const encoder = new WorkshopEncoder()
      const base = workshopOf(count)
      expect(text(encoder.encode(base))).toBe(serializeWorkshop(base))
      const next: WorkshopFile = { ...base, revision: base.revision + 1, stakeholders: EDITS[edit]?.(base.stakeholders) as Stakeholder[] }
      expect(text(encoder.encode(next))).toBe(serializeWorkshop(next))
    })
  })

  it('stays exact across saves that share unchanged stakeholders with the last one', () => {
    const encoder = new WorkshopEncoder()
    let file = workshopOf(150)
    encoder.encode(file)
    for (let round = 0; round < 8; round++) {
      file = {
        ...file,
        revision: file.revision + 1,
        stakeholders: file.stakeholders.map((s, i) => (i === round * 20 ? { ...s, name: `${s.name} ${round}`, position: { interest: round * 10, influence: 5 } } : s)),
      }
      if (round === 3) file = { ...file, stakeholders: [...file.stakeholders].reverse().slice(2) }
      if (round === 5) file = { ...file, stakeholders: [...file.stakeholders.slice(0, 70), ...file.stakeholders.slice(71)] }
      expect(text(encoder.encode(file))).toBe(serializeWorkshop(file))
    }
  })

  it('reuses the buffer of every chunk whose people are unchanged, and merges only the changed one again', () => {
    const encoder = new WorkshopEncoder()
    const base = workshopOf(200)
    const before = encoder.encode(base)
    // The text before, four chunks (64, 64, 64, 8 people), the text after.
    expect(before).toHaveLength(6)
    const after = encoder.encode({ ...base, revision: 1, stakeholders: changeAt(base.stakeholders, STAKEHOLDERS_PER_CHUNK + 5) })
    expect(after[1]).toBe(before[1])
    expect(after[2]).not.toBe(before[2])
    expect(after[3]).toBe(before[3])
    expect(after[4]).toBe(before[4])
  })

  it('an add at the end merges only the last chunk', () => {
    const encoder = new WorkshopEncoder()
    const base = workshopOf(200)
    const before = encoder.encode(base)
    const after = encoder.encode({ ...base, revision: 1, stakeholders: EDITS['one added at the end']?.(base.stakeholders) as Stakeholder[] })
    for (let i = 1; i < 4; i++) expect(after[i]).toBe(before[i])
    expect(after[4]).not.toBe(before[4])
  })

  it('merges chunks again after a delete without stringifying their people again', () => {
    const encoder = new WorkshopEncoder()
    const base = workshopOf(200)
    const before = encoder.encode(base)
    const stringify = vi.spyOn(JSON, 'stringify')
    try {
      const after = encoder.encode({ ...base, revision: 1, stakeholders: base.stakeholders.filter((_, i) => i !== 70) })
      expect(after[1]).toBe(before[1])
      // Only the text around the stakeholders is stringified; the shifted chunks come from the kept entries.
      expect(stringify).toHaveBeenCalledTimes(1)
    } finally {
      stringify.mockRestore()
    }
  })
})
