import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { workshopFileSchema } from '../../../src/core/workshop/schema'
import { readWorkshopJson, serializeWorkshop } from '../../../src/core/workshop/workshop-json'
import { WorkshopLibrary } from '../../../src/main/services/workshop-library'
import { type SeededRandom, seededRandom, soak } from '../../support/seeded-random'
import { SAMPLE_PATH, useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const SEED = 20261204
const COUNT = soak(5_000, 100_000)
/** Every this many cases also goes through the library, from a real file on disk. */
const ON_DISK_EVERY = soak(50, 20)

// The bundled sample, read at run time so the mutations follow whatever format it is in today.
const SAMPLE_TEXT = readFileSync(SAMPLE_PATH, 'utf8')
const SAMPLE: unknown = JSON.parse(SAMPLE_TEXT)
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype']

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every [container, key] pair in a JSON value, so a mutation can hit any place in the file. */
function slots(value: Json, found: Array<[Json[] | Record<string, Json>, string | number]> = []) {
  if (Array.isArray(value)) value.forEach((v, i) => (found.push([value, i]), slots(v, found)))
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      found.push([value, k])
      slots(v, found)
    }
  }
  return found
}

const otherType = (r: SeededRandom, value: Json): Json => {
  const options: Json[] = [null, true, 0, -1, 1e308, 0.5, '', 'text', [], {}, [1, 'a'], { a: 1 }, '2026-13-45', 'NaN']
  return r.pick(options.filter((o) => typeof o !== typeof value || Array.isArray(o) !== Array.isArray(value)))
}

const clone = (): Json => structuredClone(SAMPLE) as Json

/** One mutated file: a name for the kind of damage and the text on disk. */
function mutate(r: SeededRandom): { kind: string; text: string } {
  const kind = r.pick(['bit flip', 'truncation', 'type swap', 'huge string', 'deep nesting', 'prototype key', 'drop key', 'extra key', 'several'])
  const bytes = Buffer.from(SAMPLE_TEXT)
  switch (kind) {
    case 'bit flip': {
      for (let n = r.int(1, 8); n > 0; n--) {
        const at = r.int(0, bytes.length - 1)
        bytes[at] = (bytes[at] ?? 0) ^ (1 << r.int(0, 7))
      }
      return { kind, text: bytes.toString('utf8') }
    }
    case 'truncation':
      return { kind, text: bytes.subarray(0, r.int(0, bytes.length - 1)).toString('utf8') }
    case 'type swap': {
      const doc = clone()
      for (let n = r.int(1, 3); n > 0; n--) {
        const [container, key] = r.pick(slots(doc))
        ;(container as Record<string | number, Json>)[key] = otherType(r, (container as Record<string | number, Json>)[key] ?? null)
      }
      return { kind, text: JSON.stringify(doc) }
    }
    case 'huge string': {
      const doc = clone()
      const [container, key] = r.pick(slots(doc))
      ;(container as Record<string | number, Json>)[key] = r.pick(['x', 'Ж', '\u0000', '😀', '"\\']).repeat(r.int(10_000, 400_000))
      return { kind, text: JSON.stringify(doc) }
    }
    case 'deep nesting': {
      const depth = r.int(1_000, 50_000)
      const open = r.next() < 0.5 ? '[' : '{"a":'
      const close = open === '[' ? ']' : '}'
      const nested = open.repeat(depth) + '1' + close.repeat(depth)
      const text = JSON.stringify(clone())
      const at = text.indexOf('"stakeholders":') + '"stakeholders":'.length
      return { kind, text: r.next() < 0.5 ? nested : text.slice(0, at) + nested + text.slice(text.indexOf(']', at) + 1) }
    }
    case 'prototype key': {
      const text = JSON.stringify(clone())
      const objects = [...text.matchAll(/\{/g)].map((m) => m.index)
      const at = (r.pick(objects) ?? 0) + 1
      const key = r.pick(PROTO_KEYS)
      const payload = r.pick([`{"polluted":true}`, `{"prototype":{"polluted":true}}`, `"polluted"`, `[{"polluted":true}]`])
      return { kind, text: `${text.slice(0, at)}"${key}":${payload},${text.slice(at)}` }
    }
    case 'drop key': {
      const doc = clone()
      const objectSlots = slots(doc).filter(([c]) => !Array.isArray(c))
      const [container, key] = r.pick(objectSlots)
      delete (container as Record<string, Json>)[key as string]
      return { kind, text: JSON.stringify(doc) }
    }
    case 'extra key': {
      const doc = clone()
      const objects = slots(doc)
        .map(([c, k]) => (c as Record<string | number, Json>)[k])
        .filter((v): v is Record<string, Json> => !!v && typeof v === 'object' && !Array.isArray(v))
      r.pick([doc as Record<string, Json>, ...objects])[r.pick(['extra', 'schemaVersion', 'id', 'revision', '0'])] = otherType(r, null)
      return { kind, text: JSON.stringify(doc) }
    }
    default: {
      let text = mutate(r).text
      for (let n = r.int(1, 2); n > 0; n--) {
        const at = r.int(0, Math.max(0, text.length - 1))
        text = text.slice(0, at) + r.pick(['', '"', '{', '}', ',', ']', '\\u0000', 'null', '-0', '1e999']) + text.slice(at + r.int(0, 3))
      }
      return { kind, text }
    }
  }
}

/** True if any object in the value has a key that could reach a prototype. */
function hasProtoKey(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false
  return Object.keys(value).some((k) => PROTO_KEYS.includes(k)) || Object.values(value).some(hasProtoKey)
}

const prototypeIsClean = () =>
  Object.getOwnPropertyNames(Object.prototype).every((name) => name !== 'polluted') && ({} as { polluted?: unknown }).polluted === undefined && Array.prototype.length === 0

describe(`${COUNT} mutated workshop files (seed ${SEED})`, () => {
  it('each loads as a valid workshop or is refused with a message; nothing throws, no prototype changes', async () => {
    const r = seededRandom(SEED)
    const dir = await tempDir()
    const library = await WorkshopLibrary.open({ dir, samplePath: SAMPLE_PATH })
    const outcomes = new Map<string, { loaded: number; refused: number }>()
    for (let i = 0; i < COUNT; i++) {
      const { kind, text } = mutate(r)
      const where = `case ${i} (${kind})`
      let result: ReturnType<typeof readWorkshopJson>
      try {
        result = readWorkshopJson(text)
      } catch (error) {
        throw new Error(`${where} threw: ${String(error)}`)
      }
      const tally = outcomes.get(kind) ?? { loaded: 0, refused: 0 }
      outcomes.set(kind, tally)
      if (result.ok) {
        tally.loaded++
        // What loads is a real workshop: it validates again, has no prototype keys, and round-trips.
        expect(workshopFileSchema.safeParse(result.value).success, where).toBe(true)
        expect(hasProtoKey(result.value), where).toBe(false)
        expect(readWorkshopJson(serializeWorkshop(result.value)), where).toEqual(result)
      } else {
        tally.refused++
        expect(result.error.message.length, where).toBeGreaterThan(20)
        expect(['not-a-workshop', 'newer-version', 'too-large'], where).toContain(result.error.code)
      }
      if (i % ON_DISK_EVERY === 0) {
        await writeFile(join(dir, 'Mutant.json'), text)
        const [listed] = await library.list()
        const opened = await library.open('Mutant.json')
        expect(opened.ok, where).toBe(result.ok)
        expect(listed?.problem ?? null, where).toBe(result.ok ? null : result.error.message)
      }
      if (!prototypeIsClean()) throw new Error(`${where} changed Object.prototype`)
    }
    // Each kind of damage was tried, and both outcomes occur: the test is not refusing everything.
    expect([...outcomes.keys()].sort()).toHaveLength(9)
    const totals = [...outcomes.values()].reduce((a, b) => ({ loaded: a.loaded + b.loaded, refused: a.refused + b.refused }))
    expect(totals.loaded).toBeGreaterThan(COUNT / 20)
    expect(totals.refused).toBeGreaterThan(COUNT / 2)
  }, soak(120_000, 3_600_000))
})
