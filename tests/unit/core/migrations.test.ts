import { describe, expect, it } from 'vitest'
import { type Migration, migrateDocument } from '../../../src/core/workshop/migrations'

// A registry like the real one will grow into: v1 had `people`, v2 renamed it, v3 added tags.
const registry: Migration[] = [
  { from: 2, description: 'add tags', up: (doc) => ({ ...doc, stakeholders: (doc.stakeholders as object[]).map((s) => ({ ...s, tags: [] })) }) },
  { from: 1, description: 'rename people', up: ({ people, ...rest }) => ({ ...rest, stakeholders: people }) },
]

describe('migrateDocument', () => {
  it('walks a document up one version at a time, whatever order the registry is in', () => {
    const v1 = { schemaVersion: 1, title: 'Old', people: [{ name: 'Zoë' }] }
    const result = migrateDocument(v1, registry, 3)
    expect(result).toEqual({ ok: true, value: { schemaVersion: 3, title: 'Old', stakeholders: [{ name: 'Zoë', tags: [] }] } })
  })

  it('leaves a current document as it is', () => {
    const v3 = { schemaVersion: 3, title: 'New', stakeholders: [] }
    expect(migrateDocument(v3, registry, 3)).toEqual({ ok: true, value: v3 })
  })

  it('does not change the input document', () => {
    const v1 = { schemaVersion: 1, people: [] }
    migrateDocument(v1, registry, 3)
    expect(v1).toEqual({ schemaVersion: 1, people: [] })
  })

  it('refuses newer and missing versions, and a gap in the registry', () => {
    expect(migrateDocument({ schemaVersion: 4 }, registry, 3)).toMatchObject({ ok: false, error: { code: 'newer-version' } })
    expect(migrateDocument({ schemaVersion: '2' }, registry, 3)).toMatchObject({ ok: false, error: { code: 'not-a-workshop' } })
    expect(migrateDocument({ schemaVersion: 1 }, [registry[0] as Migration], 3)).toMatchObject({ ok: false, error: { code: 'internal' } })
  })
})
