import { readFile, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type FileSystem, nodeFileSystem } from '../../../src/main/services/durable-fs'
import { WorkshopLibrary } from '../../../src/main/services/workshop-library'
import { SAMPLE_PATH, useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

/** Two Coalitions on one shared folder: this laptop, and another computer (or a process that died). */
async function twoApps(other: { host: string; pid: number; alive?: boolean } = { host: 'meeting-room-pc', pid: 4242 }) {
  const dir = await tempDir()
  const isProcessAlive = (pid: number) => pid !== other.pid || (other.alive ?? true)
  const here = await WorkshopLibrary.open({ dir, samplePath: SAMPLE_PATH, lockIdentity: { host: 'my-laptop', pid: 100 }, isProcessAlive })
  const there = await WorkshopLibrary.open({ dir, samplePath: SAMPLE_PATH, lockIdentity: { host: other.host, pid: other.pid }, isProcessAlive })
  const { file } = value(await here.create('Shared plan', false))
  return { dir, here, there, file }
}

describe('one writer per workshop file', () => {
  it('writes a lock file beside the workshop with pid, host and time', async () => {
    const { dir, here, file } = await twoApps()
    value(await here.open(file))
    const lock = JSON.parse(await readFile(join(dir, `.${file}.coalition-lock`), 'utf8'))
    expect(lock).toMatchObject({ app: 'Coalition', pid: 100, host: 'my-laptop', since: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) })
    expect((await here.list()).map((w) => w.file)).toEqual([file])
  })

  it('a second computer is told who has the file, and may open it read-only', async () => {
    const { here, there, file } = await twoApps()
    value(await here.open(file))
    const refused = await there.open(file)
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringContaining('my-laptop') } })
    expect(value(await there.open(file, 'read-only'))).toMatchObject({ file, readOnly: true })
    // Looking does not take the file away from its editor.
    const mine = value(await here.open(file))
    expect(value(await here.save(file, { ...mine.workshop, title: 'Still mine' }, mine.revision)).revision).toBe(1)
  })

  it('after a take-over the first window can no longer save, and the file keeps the new owner’s version', async () => {
    const { dir, here, there, file } = await twoApps()
    const mine = value(await here.open(file))
    const theirs = value(await there.open(file, 'take-over'))
    expect(theirs.readOnly).toBe(false)
    value(await there.save(file, { ...theirs.workshop, title: 'Taken over' }, theirs.revision))
    const late = await here.save(file, { ...mine.workshop, title: 'Too late' }, mine.revision)
    expect(late).toMatchObject({ ok: false, error: { code: 'locked', message: expect.stringContaining('meeting-room-pc') } })
    expect(JSON.parse(await readFile(join(dir, file), 'utf8')).title).toBe('Taken over')
  })

  it('a take-over right after we opened, with nothing saved since, still stops our next save', async () => {
    const { here, there, file } = await twoApps()
    const mine = value(await here.open(file))
    value(await there.open(file, 'take-over'))
    const late = await here.save(file, { ...mine.workshop, title: 'Too late' }, mine.revision)
    expect(late).toMatchObject({ ok: false, error: { code: 'locked' } })
  })

  it('a save reads its lock file only when the file was replaced since we wrote it', async () => {
    const dir = await tempDir()
    const lockReads: string[] = []
    const fs: FileSystem = { ...nodeFileSystem, readFile: (path) => (path.endsWith('.coalition-lock') && lockReads.push(path), nodeFileSystem.readFile(path)) }
    const library = await WorkshopLibrary.open({ dir, samplePath: SAMPLE_PATH, fs })
    const { file } = value(await library.create('Busy', false))
    let opened = value(await library.open(file))
    const readsAtOpen = lockReads.length
    for (let i = 0; i < 3; i++) {
      value(await library.save(file, { ...opened.workshop, title: `Busy ${i}` }, opened.revision))
      opened = value(await library.open(file))
    }
    expect(lockReads.length - readsAtOpen).toBe(3) // one per reopen, none per save
    await unlink(join(dir, `.${file}.coalition-lock`))
    value(await library.save(file, { ...opened.workshop, title: 'Lock put back' }, opened.revision))
    expect(JSON.parse(await readFile(join(dir, `.${file}.coalition-lock`), 'utf8'))).toMatchObject({ app: 'Coalition' })
  })

  it('closing lets go: the other computer then opens it without asking', async () => {
    const { dir, here, there, file } = await twoApps()
    value(await here.open(file))
    await here.close(file)
    expect(await readdir(dir)).not.toContain(`.${file}.coalition-lock`)
    expect(value(await there.open(file)).readOnly).toBe(false)
  })

  it('a lock left by a process on this computer that has died is taken over without asking', async () => {
    const { here, there, file } = await twoApps({ host: 'my-laptop', pid: 99, alive: false })
    value(await there.open(file))
    expect(value(await here.open(file)).readOnly).toBe(false)
  })

  it('a live process on this computer still counts', async () => {
    const { here, there, file } = await twoApps({ host: 'my-laptop', pid: 99, alive: true })
    value(await here.open(file))
    expect(await there.open(file)).toMatchObject({ ok: false, error: { code: 'locked' } })
  })
})
