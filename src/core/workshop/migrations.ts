import { type Result, fail, ok } from '../result'
import { CURRENT_SCHEMA_VERSION } from './schema'
import { emptySections } from './sections'

export type RawDocument = Record<string, unknown>

/** One step up: takes a document of version `from` and returns it at version `from + 1`. */
export interface Migration {
  from: number
  description: string
  up(doc: RawDocument): RawDocument
}

/** Every step from the first released schema to the current one, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    description: 'Format 2 adds the plan, tracking, leadership, network, journey and votes sections, empty.',
    up: (doc) => ({ ...emptySections(), ...doc }),
  },
]

/**
 * Brings a parsed document up to `target`, one version at a time.
 * A document from a newer build is refused rather than guessed at.
 */
export function migrateDocument(
  doc: RawDocument,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): Result<RawDocument> {
  const version = doc.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('not-a-workshop', 'This file has no valid schemaVersion, so it is not a Coalition workshop.')
  }
  if (version > target) {
    return fail(
      'newer-version',
      `This workshop was saved by a newer version of Coalition (format ${version}; this version reads up to ${target}). Update Coalition to open it.`,
    )
  }
  let current = doc
  for (let v = version; v < target; v++) {
    const step = migrations.find((m) => m.from === v)
    if (!step) return fail('internal', `No migration from format ${v} to ${v + 1}.`)
    current = { ...step.up(current), schemaVersion: v + 1 }
  }
  return ok(current)
}
