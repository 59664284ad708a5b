import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'

/** A fresh temp folder per test (under `base`, default the system's), removed afterwards. */
export function useTempDirs(base = tmpdir()): () => Promise<string> {
  const made: string[] = []
  afterEach(async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
  })
  return async () => {
    const dir = await mkdtemp(join(base, 'coalition-unit-'))
    made.push(dir)
    return dir
  }
}

export const SAMPLE_PATH = new URL('../../workshops/sample-workshop.json', import.meta.url).pathname
