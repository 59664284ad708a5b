import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Workshop } from '../../../src/core/workshop/schema'
import { createStakeholder } from '../../../src/core/workshop/stakeholder-edits'
import { diffWorkshop } from '../../../src/core/workshop/workshop-changes'
import { WorkshopLibrary } from '../../../src/main/services/workshop-library'
import { SAMPLE_PATH, useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

async function openLibrary() {
  const dir = await tempDir()
  let tick = Date.parse('2026-11-23T09:00:00Z')
  const library = await WorkshopLibrary.open({ dir, samplePath: SAMPLE_PATH, now: () => new Date((tick += 1000)) })
  return { dir, library }
}

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('WorkshopLibrary', () => {
  it('creates from the sample and blank, and lists them newest first', async () => {
    const { library } = await openLibrary()
    const fromSample = value(await library.create('Northwind: kick-off', true))
    const blank = value(await library.create('Empty room', false))
    expect(fromSample).toMatchObject({ file: 'Northwind - kick-off.json', stakeholderCount: 25, revision: 0, problem: null })
    expect(blank.stakeholderCount).toBe(0)
    expect((await library.list()).map((w) => w.title)).toEqual(['Empty room', 'Northwind: kick-off'])
  })

  it('saves with increasing revisions and refuses a save built on a stale revision', async () => {
    const { library } = await openLibrary()
    const { file } = value(await library.create('Plan', false))
    const opened = value(await library.open(file))
    const withZoe = { ...opened.workshop, stakeholders: [createStakeholder({ name: 'Zoë' }, 'zoe', new Date())] }
    expect(value(await library.save(file, withZoe, 0)).revision).toBe(1)
    expect(value(await library.save(file, withZoe, 1)).revision).toBe(2)
    const stale = await library.save(file, opened.workshop, 1)
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const reopened = value(await library.open(file))
    expect(reopened.revision).toBe(2)
    expect(reopened.workshop.stakeholders.map((s) => s.name)).toEqual(['Zoë'])
  })

  it('saves changes to the file byte for byte as a whole save of the same workshop would', async () => {
    const { dir, library } = await openLibrary()
    const { file } = value(await library.create('By changes', true))
    const { file: twin } = value(await library.create('By whole', true))
    const opened = value(await library.open(file))
    value(await library.open(twin))
    const edits = [
      (w: Workshop) => ({ ...w, stakeholders: [...w.stakeholders, createStakeholder({ name: 'Ольга "Olga" Łukasz' }, 'olga', new Date('2026-12-01T10:00:00Z'))] }),
      (w: Workshop) => ({ ...w, stakeholders: w.stakeholders.map((s, i) => (i === 2 ? { ...s, position: { interest: 81, influence: 12 } } : s)) }),
      (w: Workshop) => ({ ...w, organisation: 'Søren & Zoë\n<Ltd>', stakeholders: w.stakeholders.slice(1).reverse() }),
    ]
    let saved = opened.workshop
    for (const [i, edit] of edits.entries()) {
      const present = edit(saved)
      expect(value(await library.saveChanges(file, diffWorkshop(saved, present), i)).revision).toBe(i + 1)
      expect(value(await library.save(twin, present, i)).revision).toBe(i + 1)
      saved = present
    }
    const [byChanges, byWhole] = await Promise.all([readFile(join(dir, file), 'utf8'), readFile(join(dir, twin), 'utf8')])
    expect(byChanges.replace(/"updatedAt": "[^"]+"/, '')).toBe(byWhole.replace(/"updatedAt": "[^"]+"/, ''))
    expect(value(await library.open(file)).workshop.stakeholders.map((s) => s.name)).toEqual(saved.stakeholders.map((s) => s.name))
  })

  it('answers out-of-step, writing nothing, for changes built on a version it does not hold', async () => {
    const { dir, library } = await openLibrary()
    const { file } = value(await library.create('Held', true))
    const opened = value(await library.open(file))
    const before = await readFile(join(dir, file), 'utf8')
    const moved = { ...opened.workshop, title: 'Moved on' }
    await library.close(file)
    expect(await library.saveChanges(file, diffWorkshop(opened.workshop, moved), 0)).toMatchObject({ ok: false, error: { code: 'out-of-step' } })
    expect(await readFile(join(dir, file), 'utf8')).toBe(before)
    // A whole save is always possible, and changes build on it again.
    value(await library.save(file, moved, 0))
    const retitled = { ...moved, title: 'Moved on again' }
    expect(value(await library.saveChanges(file, diffWorkshop(moved, retitled), 1)).revision).toBe(2)
    expect(value(await library.open(file)).workshop.title).toBe('Moved on again')
  })

  it('refuses changes that do not fit the workshop and leaves the file as it was', async () => {
    const { dir, library } = await openLibrary()
    const { file } = value(await library.create('Strict', true))
    value(await library.open(file))
    const before = await readFile(join(dir, file), 'utf8')
    const changes = { fields: {}, stakeholders: { order: ['ghost'], changed: [] } }
    expect(await library.saveChanges(file, changes, 0)).toMatchObject({ ok: false, error: { code: 'invalid-request', message: /"ghost"/ } })
    expect(await readFile(join(dir, file), 'utf8')).toBe(before)
  })

  it('notices a change made to the file by someone else', async () => {
    const { dir, library } = await openLibrary()
    const { file } = value(await library.create('Shared', false))
    const opened = value(await library.open(file))
    const onDisk = JSON.parse(await readFile(join(dir, file), 'utf8'))
    await writeFile(join(dir, file), JSON.stringify({ ...onDisk, title: 'Changed by a colleague', revision: 5 }))
    expect(await library.save(file, opened.workshop, opened.revision)).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(JSON.parse(await readFile(join(dir, file), 'utf8')).title).toBe('Changed by a colleague')
  })

  it('never writes over a file it could not read', async () => {
    const { dir, library } = await openLibrary()
    const { file } = value(await library.create('Doomed', false))
    const opened = value(await library.open(file))
    await writeFile(join(dir, file), '{"schemaVersion": 1, "truncated')
    expect(await library.save(file, opened.workshop, opened.revision)).toMatchObject({ ok: false, error: { code: 'not-a-workshop' } })
    expect(await readFile(join(dir, file), 'utf8')).toBe('{"schemaVersion": 1, "truncated')
  })

  it('duplicates, renames, deletes to the trash and restores', async () => {
    const { dir, library } = await openLibrary()
    const original = value(await library.create('Kick-off', true))
    const copy = value(await library.duplicate(original.file))
    expect(copy).toMatchObject({ file: 'Kick-off (copy).json', title: 'Kick-off (copy)', stakeholderCount: 25 })

    const renamed = value(await library.rename(original.file, 'Kick-off: Ольга joins'))
    expect(renamed.file).toBe('Kick-off - Ольга joins.json')
    expect(value(await library.open(renamed.file)).workshop.title).toBe('Kick-off: Ольга joins')

    const trashed = value(await library.remove(renamed.file))
    expect((await library.list()).map((w) => w.file)).toEqual(['Kick-off (copy).json'])
    expect((await library.listTrash()).map((t) => t.title)).toEqual(['Kick-off: Ольга joins'])
    const restored = value(await library.restore(trashed.trashFile))
    expect(restored).toMatchObject({ file: 'Kick-off - Ольга joins.json', stakeholderCount: 25 })
    expect(await library.listTrash()).toEqual([])
    expect((await readdir(dir)).sort()).toEqual(['.trash', 'Kick-off (copy).json', 'Kick-off - Ольга joins.json'])
  })

  it('renames to a free name when the wanted one is taken', async () => {
    const { library } = await openLibrary()
    value(await library.create('Taken', false))
    const other = value(await library.create('Other', false))
    expect(value(await library.rename(other.file, 'Taken')).file).toBe('Taken (2).json')
  })

  it('imports a copy of a picked file and refuses one that is not a workshop', async () => {
    const { library } = await openLibrary()
    const imported = value(await library.importFile(await readFile(SAMPLE_PATH, 'utf8')))
    expect(imported).toMatchObject({ title: 'Sample: Northwind Health goes paperless', revision: 0 })
    expect(await library.importFile('{"schemaVersion": 2')).toMatchObject({ ok: false, error: { code: 'not-a-workshop' } })
  })

  it('lists unreadable files with the reason instead of hiding them', async () => {
    const { dir, library } = await openLibrary()
    await writeFile(join(dir, 'Broken.json'), 'not json at all')
    const [broken] = await library.list()
    expect(broken).toMatchObject({ file: 'Broken.json', title: 'Broken', problem: expect.stringMatching(/not valid JSON/) })
  })

  it('sweeps temp files left by an interrupted save when it starts, and nothing else', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, '.Plan.json.1a2b3c.coalition-tmp'), '{"half":')
    await writeFile(join(dir, 'Plan.json'), await readFile(SAMPLE_PATH, 'utf8'))
    await writeFile(join(dir, 'notes.txt'), 'keep me')
    await WorkshopLibrary.open({ dir, samplePath: SAMPLE_PATH })
    expect((await readdir(dir)).sort()).toEqual(['.trash', 'Plan.json', 'notes.txt'])
  })

  it('refuses file names that would leave the folder', async () => {
    const { library } = await openLibrary()
    expect(() => library.pathOf('../outside.json')).toThrow(/outside the workshops folder/)
  })
})
