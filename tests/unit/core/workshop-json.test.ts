import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseUntrustedJson, readWorkshopJson, serializeWorkshop } from '../../../src/core/workshop/workshop-json'

const sampleText = readFileSync(new URL('../../../workshops/sample-workshop.json', import.meta.url), 'utf8')
const sample = () => JSON.parse(sampleText)

const expectRefused = (doc: unknown, code: string, message: RegExp) => {
  const result = readWorkshopJson(typeof doc === 'string' ? doc : JSON.stringify(doc))
  expect(result.ok).toBe(false)
  if (!result.ok) {
    expect(result.error.code).toBe(code)
    expect(result.error.message).toMatch(message)
  }
}

describe('readWorkshopJson', () => {
  it('reads the bundled sample', () => {
    const result = readWorkshopJson(sampleText)
    expect(result.ok && result.value.stakeholders.length).toBe(25)
  })

  it('round-trips through serializeWorkshop unchanged', () => {
    const first = readWorkshopJson(sampleText)
    if (!first.ok) throw new Error(first.error.message)
    const second = readWorkshopJson(serializeWorkshop(first.value))
    expect(second).toEqual(first)
  })

  it('says where a score is out of range', () => {
    const doc = sample()
    doc.stakeholders[3].position.influence = 140
    expectRefused(doc, 'not-a-workshop', /stakeholders\[3\]\.position\.influence: must be between 0 and 100/)
  })

  it('names a missing field and a wrong type', () => {
    const doc = sample()
    delete doc.title
    doc.stakeholders[0].attitude = 'furious'
    expectRefused(doc, 'not-a-workshop', /title/)
    expectRefused(doc, 'not-a-workshop', /stakeholders\[0\]\.attitude/)
  })

  it('refuses unknown fields rather than dropping them silently', () => {
    expectRefused({ ...sample(), secret: 1 }, 'not-a-workshop', /secret/)
  })

  it('refuses duplicate stakeholder ids', () => {
    const doc = sample()
    doc.stakeholders[1].id = doc.stakeholders[0].id
    expectRefused(doc, 'not-a-workshop', /same id/)
  })

  it('refuses control characters in names', () => {
    const doc = sample()
    doc.stakeholders[0].name = 'Eve\u0000'
    expectRefused(doc, 'not-a-workshop', /control characters/)
  })

  it('explains truncated, empty and non-object files', () => {
    expectRefused(sampleText.slice(0, sampleText.length / 2), 'not-a-workshop', /not valid JSON/)
    expectRefused('   ', 'not-a-workshop', /empty/)
    expectRefused('[1,2,3]', 'not-a-workshop', /does not hold a Coalition workshop/)
    expectRefused({ hello: 'world' }, 'not-a-workshop', /schemaVersion/)
  })

  it('refuses a file from a newer version with an update hint', () => {
    expectRefused({ ...sample(), schemaVersion: 7 }, 'newer-version', /newer version of Coalition.*format 7/)
  })

  it('drops prototype keys instead of letting them reach Object.prototype', () => {
    const text = sampleText.replace('"title":', '"__proto__": {"polluted": true}, "constructor": {"prototype": {"bad": 1}}, "title":')
    const result = readWorkshopJson(text)
    expect(result.ok).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).bad).toBeUndefined()
  })

  it('parses untrusted JSON without any prototype keys, even nested', () => {
    const parsed = parseUntrustedJson('{"a":{"__proto__":{"x":1},"constructor":{"prototype":{}},"keep":2}}') as { a: object }
    expect(Object.keys(parsed.a)).toEqual(['keep'])
    expect(Object.hasOwn(parsed.a, '__proto__')).toBe(false)
  })
})
