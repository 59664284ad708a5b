import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createStakeholder } from '../../../src/core/workshop/stakeholder-edits'
import { type FileSystem, nodeFileSystem } from '../../../src/main/services/durable-fs'
import { WorkshopLibrary } from '../../../src/main/services/workshop-library'
import { SAMPLE_PATH, useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

async function setUp() {
  const root = await tempDir()
  const dir = join(root, 'Workshops')
  const backupsDir = join(root, 'Backups')
  let tick = Date.parse('2026-12-04T09:00:00Z')
  const library = await WorkshopLibrary.open({ dir, backupsDir, samplePath: SAMPLE_PATH, now: () => new Date((tick += 60_000)) })
  const { file } = value(await library.create('Kick-off', false))
  let opened = value(await library.open(file))
  // Five saves, each with one more stakeholder.
  for (let n = 1; n <= 5; n++) {
    const people = Array.from({ length: n }, (_, i) => createStakeholder({ name: `Person ${i}` }, `p${i}`, new Date()))
    value(await library.save(file, { ...opened.workshop, stakeholders: people }, opened.revision))
    opened = value(await library.open(file))
  }
  return { root, dir, backupsDir, library, file }
}

describe('backups', () => {
  it('keeps a copy of every save outside the workshops folder, newest first, with what each holds', async () => {
    const { dir, backupsDir, library, file } = await setUp()
    const backups = await library.listBackups(file)
    expect(backups.map((b) => [b.revision, b.stakeholderCount])).toEqual([
      [5, 5],
      [4, 4],
      [3, 3],
      [2, 2],
      [1, 1],
      [0, 0],
    ])
    expect(backups[0]).toMatchObject({ title: 'Kick-off', problem: null })
    expect(await readdir(dir)).not.toContain('Backups')
    expect((await readdir(backupsDir)).length).toBe(1)
  })

  it('answers a save before writing its backup, and the backup holds the very bytes saved', async () => {
    const root = await tempDir()
    const dir = join(root, 'Workshops')
    const backupsDir = join(root, 'Backups')
    // Every write into the backups folder waits until the test lets it go.
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    const fs: FileSystem = { ...nodeFileSystem, open: async (path, flags) => (path.startsWith(backupsDir) && (await gate), nodeFileSystem.open(path, flags)) }
    const library = await WorkshopLibrary.open({ dir, backupsDir, fs, samplePath: SAMPLE_PATH })
    const { file } = value(await library.create('Kick-off', false))
    const opened = value(await library.open(file))
    expect(value(await library.save(file, { ...opened.workshop, title: 'Kick-off, Zoë' }, opened.revision)).revision).toBe(1)
    expect((await readdir(backupsDir, { recursive: true })).filter((name) => name.endsWith('.json'))).toEqual([])
    release()
    expect((await library.listBackups(file)).map((b) => b.revision)).toEqual([1, 0])
    const [newest] = await library.listBackups(file)
    const folder = join(backupsDir, (await readdir(backupsDir))[0] ?? '')
    expect(await readFile(join(folder, newest?.backupId ?? ''), 'utf8')).toBe(await readFile(join(dir, file), 'utf8'))
  })

  it('keeps only the last 20 saves of one day', async () => {
    const { library, file } = await setUp()
    for (let n = 0; n < 25; n++) {
      const opened = value(await library.open(file))
      value(await library.save(file, { ...opened.workshop, initiative: `Round ${n}` }, opened.revision))
    }
    const backups = await library.listBackups(file)
    expect(backups).toHaveLength(20)
    expect(backups[0]?.revision).toBe(30)
  })

  it('lists the backups of a file that can no longer be read, and restores one without writing over the damaged file', async () => {
    const { dir, library, file } = await setUp()
    await writeFile(join(dir, file), '{"schemaVersion": 2, "title": "Kick')
    expect((await library.list())[0]?.problem).toMatch(/not valid JSON/)
    const [newest] = await library.listBackups(file)
    const restored = value(await library.restoreBackup(file, newest?.backupId ?? ''))
    expect(restored).toMatchObject({ file, stakeholderCount: 5, revision: 6 })
    expect(value(await library.open(file)).workshop.stakeholders).toHaveLength(5)
    // The damaged bytes went to the trash, not into the void.
    const [trashed] = await library.listTrash()
    expect(await readFile(join(library.trashDir, trashed?.trashFile ?? ''), 'utf8')).toBe('{"schemaVersion": 2, "title": "Kick')
  })

  it('opens an older version as a separate copy and leaves the original alone', async () => {
    const { dir, library, file } = await setUp()
    const before = await readFile(join(dir, file), 'utf8')
    const older = (await library.listBackups(file)).find((b) => b.revision === 2)
    const copy = value(await library.openBackupAsCopy(file, older?.backupId ?? ''))
    expect(copy).toMatchObject({ title: 'Kick-off (restored)', stakeholderCount: 2, revision: 0 })
    expect(copy.file).not.toBe(file)
    expect(await readFile(join(dir, file), 'utf8')).toBe(before)
  })

  it('follows a workshop when it is renamed', async () => {
    const { library, file } = await setUp()
    const renamed = value(await library.rename(file, 'Kick-off, day two'))
    expect((await library.listBackups(renamed.file)).map((b) => b.revision)).toEqual([6, 5, 4, 3, 2, 1, 0])
    expect(await library.listBackups(file)).toEqual([])
  })

  it('refuses backup names that are not its own', async () => {
    const { library, file } = await setUp()
    for (const id of ['../../settings.json', '1764800000123-r1.json', 'x.json']) {
      expect(await library.restoreBackup(file, id)).toMatchObject({ ok: false, error: { code: 'not-found' } })
    }
  })
})
