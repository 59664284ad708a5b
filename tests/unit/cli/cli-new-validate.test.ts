import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readWorkshopJson } from '../../../src/core/workshop/workshop-json'
import { runCliProcess } from '../../support/run-cli'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

describe('npm run cli', () => {
  it('without a command prints the commands and exits 2', async () => {
    const run = await runCliProcess([])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('new <workshop.json>')
    expect(run.stderr).toContain('validate <workshop.json>')
  })

  it('refuses an unknown command with exit 2', async () => {
    const run = await runCliProcess(['frobnicate'])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('Unknown command "frobnicate"')
  })
})

describe('cli new', () => {
  it('creates an empty workshop titled after the file, which validate accepts', async () => {
    const dir = await tempDir()
    const file = join(dir, 'Acme kick-off.json')
    const created = await runCliProcess(['new', file])
    expect(created.code).toBe(0)
    const parsed = readWorkshopJson(await readFile(file, 'utf8'))
    expect(parsed.ok && parsed.value.title).toBe('Acme kick-off')
    expect(parsed.ok && parsed.value.stakeholders).toEqual([])
    expect(parsed.ok && parsed.value.revision).toBe(0)

    const validated = await runCliProcess(['validate', file])
    expect(validated.code).toBe(0)
    expect(validated.stdout).toContain('is a valid workshop')
  })

  it('copies the sample with --from-sample under a new id and the given title', async () => {
    const dir = await tempDir()
    const file = join(dir, 'copy.json')
    const run = await runCliProcess(['new', file, '--from-sample', '--title', 'Northwind, day two'])
    expect(run.code).toBe(0)
    const parsed = readWorkshopJson(await readFile(file, 'utf8'))
    if (!parsed.ok) throw new Error(parsed.error.message)
    expect(parsed.value.title).toBe('Northwind, day two')
    expect(parsed.value.id).not.toBe('sample-northwind')
    expect(parsed.value.stakeholders.length).toBeGreaterThan(20)
  })

  it('never overwrites an existing file: exit 1, one line, the file untouched', async () => {
    const dir = await tempDir()
    const file = join(dir, 'precious.json')
    await writeFile(file, 'my notes, not a workshop')
    const run = await runCliProcess(['new', file])
    expect(run.code).toBe(1)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('already exists')
    expect(await readFile(file, 'utf8')).toBe('my notes, not a workshop')
  })

  it('treats a missing file name or an unknown option as a usage error (exit 2)', async () => {
    expect((await runCliProcess(['new'])).code).toBe(2)
    const dir = await tempDir()
    const bogus = await runCliProcess(['new', join(dir, 'a.json'), '--bogus'])
    expect(bogus.code).toBe(2)
    expect(bogus.stderr).toContain('Usage: npm run cli -- new')
    expect((await runCliProcess(['new', join(dir, 'notes.txt')])).code).toBe(2)
  })
})

describe('cli validate', () => {
  it('exits 1 with one line naming the problem for an invalid workshop', async () => {
    const dir = await tempDir()
    const file = join(dir, 'broken.json')
    const sample = JSON.parse(await readFile(new URL('../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
    sample.stakeholders[0].position.influence = 140
    await writeFile(file, JSON.stringify(sample))
    const run = await runCliProcess(['validate', file])
    expect(run.code).toBe(1)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('stakeholders[0].position.influence')
  })

  it('exits 1 for truncated JSON and for a file that does not exist', async () => {
    const dir = await tempDir()
    const file = join(dir, 'cut.json')
    await writeFile(file, '{"schemaVersion": 1, "title": "Hal')
    const truncated = await runCliProcess(['validate', file])
    expect(truncated.code).toBe(1)
    expect(truncated.stderr).toContain('not valid JSON')
    const missing = await runCliProcess(['validate', join(dir, 'nowhere.json')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('There is no file')
  })
})
