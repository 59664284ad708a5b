import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { WorkshopFile } from '../../../src/core/workshop/schema'
import { readWorkshopJson, serializeWorkshop } from '../../../src/core/workshop/workshop-json'
import { WorkshopEncoder } from '../../../src/main/services/workshop-encoder'

const loaded = readWorkshopJson(readFileSync(new URL('../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
if (!loaded.ok) throw new Error(loaded.error.message)
const sample = loaded.value

describe('WorkshopEncoder', () => {
  it('writes the bytes of serializeWorkshop, for the sample, an empty list and hostile names', () => {
    const encoder = new WorkshopEncoder()
    const hostile: WorkshopFile = {
      ...sample,
      title: 'Ольга\n  "stakeholders": []',
      stakeholders: sample.stakeholders.map((s, i) => (i === 0 ? { ...s, name: 'Łukasz "\\u2028" \u2028 😀 Søren', role: '],\n  "x": 1' } : s)),
    }
    for (const file of [sample, { ...sample, stakeholders: [] }, hostile]) {
      expect(encoder.encode(file).toString('utf8')).toBe(serializeWorkshop(file))
    }
  })

  it('stays exact across saves that share unchanged stakeholders with the last one', () => {
    const encoder = new WorkshopEncoder()
    let file = sample
    encoder.encode(file)
    for (let round = 0; round < 5; round++) {
      file = {
        ...file,
        revision: file.revision + 1,
        stakeholders: file.stakeholders.map((s, i) => (i === round ? { ...s, name: `${s.name} ${round}`, position: { interest: round * 10, influence: 5 } } : s)),
      }
      if (round === 3) file = { ...file, stakeholders: [...file.stakeholders].reverse().slice(2) }
      expect(encoder.encode(file).toString('utf8')).toBe(serializeWorkshop(file))
    }
  })
})
