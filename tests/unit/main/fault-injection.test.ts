import { spawnSync } from 'node:child_process'
import { chmod, readFile, readdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { serializeWorkshop } from '../../../src/core/workshop/workshop-json'
import { createBlankWorkshop } from '../../../src/core/workshop/new-workshop'
import { writeFileAtomic } from '../../../src/main/services/atomic-write'
import { WorkshopLibrary } from '../../../src/main/services/workshop-library'
import { type FaultStep, faultyFileSystem } from '../../support/faulty-fs'
import { SAMPLE_PATH, useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const noSleep = async () => undefined
const OLD = 'the previous, complete workshop'
const STEPS: FaultStep[] = ['write', 'fsync', 'rename']
const TRANSIENT = ['EPERM', 'EBUSY', 'EACCES']
const RETRY_DELAYS = [1, 2, 4]

const EXPECTED: Record<string, { code: string; message: RegExp }> = {
  EPERM: { code: 'permission', message: /not allowed to write/ },
  EACCES: { code: 'permission', message: /not allowed to write/ },
  EBUSY: { code: 'io', message: /Another program is holding/ },
  ENOSPC: { code: 'no-space', message: /disk is full/ },
}

async function folderWithOldFile() {
  const dir = await tempDir()
  const target = join(dir, 'w.json')
  await writeFile(target, OLD)
  return { dir, target }
}

describe('faults injected through the file-system seam', () => {
  describe.each(STEPS)('in %s', (step) => {
    it.each(Object.keys(EXPECTED))('%s that lasts: a clear error, the previous file intact, no temp file left', async (code) => {
      const { dir, target } = await folderWithOldFile()
      const fs = faultyFileSystem({ step, code, times: Infinity })
      const result = await writeFileAtomic(target, 'the new workshop', { fs, sleep: noSleep, retryDelaysMs: RETRY_DELAYS })
      expect(result).toMatchObject({ ok: false, error: { code: EXPECTED[code]?.code, message: EXPECTED[code]?.message } })
      if (result.ok) return
      expect(result.error.message).toMatch(/last saved version is untouched/)
      // Locks are worth waiting for; a full disk is not.
      expect(fs.attempts()).toBe(TRANSIENT.includes(code) ? RETRY_DELAYS.length + 1 : 1)
      expect(await readFile(target, 'utf8')).toBe(OLD)
      expect(await readdir(dir)).toEqual(['w.json'])
    })

    it.each(TRANSIENT)('%s for a moment (antivirus, a sync tool): retried, and the save goes through', async (code) => {
      const { dir, target } = await folderWithOldFile()
      const waits: number[] = []
      const fs = faultyFileSystem({ step, code, times: 2 })
      const result = await writeFileAtomic(target, 'the new workshop', { fs, sleep: async (ms) => void waits.push(ms), retryDelaysMs: RETRY_DELAYS })
      expect(result).toEqual({ ok: true, value: null })
      expect(waits).toEqual([1, 2])
      expect(await readFile(target, 'utf8')).toBe('the new workshop')
      expect(await readdir(dir)).toEqual(['w.json'])
    })
  })

  it('a library save that hits a full disk fails clearly, keeps the file, and the next save works', async () => {
    const dir = await tempDir()
    const fs = faultyFileSystem({ step: 'write', code: 'ENOSPC', times: 0 })
    const library = await WorkshopLibrary.open({ dir, samplePath: SAMPLE_PATH, fs })
    const { file } = await library.create('Plan', false).then((r) => (r.ok ? r.value : Promise.reject(new Error(r.error.message))))
    const before = await readFile(join(dir, file), 'utf8')
    const opened = await library.open(file)
    if (!opened.ok) throw new Error(opened.error.message)
    fs.failNext(Infinity)
    const changed = { ...opened.value.workshop, title: 'Renamed in the room' }
    expect(await library.save(file, changed, opened.value.revision)).toMatchObject({ ok: false, error: { code: 'no-space' } })
    expect(await readFile(join(dir, file), 'utf8')).toBe(before)
    fs.failNext(0)
    expect(await library.save(file, changed, opened.value.revision)).toMatchObject({ ok: true, value: { revision: 1 } })
  })

  it('a read-only folder: workshops still list and open, and every write is refused with a clear message', async () => {
    const dir = await tempDir()
    const folder = join(dir, 'shared')
    const { mkdir } = await import('node:fs/promises')
    await mkdir(folder)
    const content = serializeWorkshop({ ...createBlankWorkshop({ title: 'Plan' }, 'plan-id', new Date('2026-11-01T10:00:00Z')), revision: 3 })
    await writeFile(join(folder, 'Plan.json'), content)
    await chmod(folder, 0o555)
    await chmod(dir, 0o755)
    // root may write anywhere, so the check runs as an ordinary user in a child process.
    const asRoot = process.getuid?.() === 0
    const run = spawnSync(process.execPath, ['--import', 'tsx', resolve('tests/support/read-only-worker.ts'), folder], {
      encoding: 'utf8',
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      env: { ...process.env, HOME: dir },
    })
    expect(run.stderr).toBe('')
    const report = JSON.parse(run.stdout)
    expect(report.list).toMatchObject([{ file: 'Plan.json', title: 'Plan', problem: null }])
    expect(report.opened).toBe(true)
    expect(report.save).toMatchObject({ ok: false, error: { code: 'permission', message: /not allowed to write/ } })
    expect(report.created).toMatchObject({ ok: false, error: { code: 'permission' } })
    await chmod(folder, 0o755)
    expect(await readFile(join(folder, 'Plan.json'), 'utf8')).toBe(content)
    expect(await readdir(folder)).toEqual(['Plan.json'])
  })
})

describe('moving files meets the same locks', () => {
  it('a delete to the trash held up by antivirus for a moment still goes through', async () => {
    const dir = await tempDir()
    const fs = faultyFileSystem({ step: 'rename', code: 'EBUSY', times: 0 })
    const library = await WorkshopLibrary.open({ dir, samplePath: SAMPLE_PATH, fs })
    const created = await library.create('Plan', false)
    if (!created.ok) throw new Error(created.error.message)
    fs.failNext(2)
    expect(await library.remove(created.value.file)).toMatchObject({ ok: true })
    expect(fs.attempts()).toBe(3)
    expect(await readdir(dir)).toEqual(['.trash'])
  })
})
