import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../src/main/services/atomic-write'
import { type FileSystem, type WritableHandle, nodeFileSystem } from '../../../src/main/services/durable-fs'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const fsError = (code: string) => Object.assign(new Error(code), { code })
const noSleep = async () => undefined

/** The real file system, with every file's writes going through `writev` given the real handle. */
const withWritev = (writev: (handle: WritableHandle, buffers: readonly Uint8Array[]) => Promise<{ bytesWritten: number }>): FileSystem => ({
  ...nodeFileSystem,
  open: async (path, flags) => {
    const handle = await nodeFileSystem.open(path, flags)
    return { writev: (buffers) => writev(handle, buffers), sync: () => handle.sync(), close: () => handle.close() }
  },
})

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const dir = await tempDir()
    const target = join(dir, 'w.json')
    await writeFile(target, 'old')
    expect(await writeFileAtomic(target, 'new ✓ Ольга')).toEqual({ ok: true, value: null })
    expect(await readFile(target, 'utf8')).toBe('new ✓ Ольга')
    expect(await readdir(dir)).toEqual(['w.json'])
  })

  it('writes bytes given in pieces, in order, without joining them first', async () => {
    const dir = await tempDir()
    const target = join(dir, 'w.json')
    const pieces = ['{"name": "', 'Łukasz Søren', '', 'Zoë Ольга 😀', '"}\n'].map((piece) => Buffer.from(piece))
    expect(await writeFileAtomic(target, pieces)).toEqual({ ok: true, value: null })
    expect(await readFile(target, 'utf8')).toBe('{"name": "Łukasz SørenZoë Ольга 😀"}\n')
  })

  it('goes on writing when the disk takes fewer bytes than it was given', async () => {
    const dir = await tempDir()
    const target = join(dir, 'w.json')
    const asked: number[] = []
    // Takes at most 3 bytes a call, which splits pieces and the letters inside them.
    const stingy = withWritev((handle, buffers) => {
      asked.push(buffers.reduce((sum, b) => sum + b.byteLength, 0))
      return handle.writev([Buffer.concat(buffers).subarray(0, 3)])
    })
    const content = 'Łukasz, Søren, Zoë, Ольга 😀'
    const pieces = ['Łukasz, ', 'Søren, Zoë, ', 'Ольга 😀'].map((piece) => Buffer.from(piece))
    expect(await writeFileAtomic(target, pieces, { fs: stingy })).toEqual({ ok: true, value: null })
    expect(await readFile(target, 'utf8')).toBe(content)
    const total = Buffer.byteLength(content)
    expect(asked).toEqual(Array.from({ length: Math.ceil(total / 3) }, (_, i) => total - 3 * i))
  })

  it('fails, rather than trying for ever, when the disk takes none of the bytes', async () => {
    const dir = await tempDir()
    const target = join(dir, 'w.json')
    await writeFile(target, 'old')
    const stuck = withWritev(async () => ({ bytesWritten: 0 }))
    const result = await writeFileAtomic(target, 'new', { fs: stuck, sleep: noSleep })
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: /last saved version is untouched/ } })
    expect(await readFile(target, 'utf8')).toBe('old')
    expect(await readdir(dir)).toEqual(['w.json'])
  })

  it('keeps the old file whole when the write fails half-way', async () => {
    const dir = await tempDir()
    const target = join(dir, 'w.json')
    await writeFile(target, 'the old, complete workshop')
    const failingWrite = withWritev(async (handle, buffers) => {
      await handle.writev([Buffer.concat(buffers).subarray(0, 5)])
      throw fsError('EIO')
    })
    const result = await writeFileAtomic(target, 'a new workshop', { fs: failingWrite, sleep: noSleep })
    expect(result).toMatchObject({ ok: false, error: { code: 'io', message: /last saved version is untouched/ } })
    expect(await readFile(target, 'utf8')).toBe('the old, complete workshop')
    expect(await readdir(dir)).toEqual(['w.json'])
  })

  it('never deletes the old file before the rename, and keeps it when the rename fails', async () => {
    const dir = await tempDir()
    const target = join(dir, 'w.json')
    await writeFile(target, 'old')
    const calls: string[] = []
    const failingRename: FileSystem = {
      ...nodeFileSystem,
      unlink: async (path) => {
        calls.push(`unlink ${path === target ? 'target' : 'temp'}`)
        return nodeFileSystem.unlink(path)
      },
      rename: async () => {
        throw fsError('EXDEV')
      },
    }
    const result = await writeFileAtomic(target, 'new', { fs: failingRename, sleep: noSleep })
    expect(result.ok).toBe(false)
    expect(calls).toEqual(['unlink temp'])
    expect(await readFile(target, 'utf8')).toBe('old')
  })

  it('retries a rename that antivirus blocks for a moment', async () => {
    const dir = await tempDir()
    const target = join(dir, 'w.json')
    let attempts = 0
    const waits: number[] = []
    const flaky: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        attempts++
        if (attempts < 3) throw fsError(attempts === 1 ? 'EPERM' : 'EBUSY')
        return nodeFileSystem.rename(from, to)
      },
    }
    const result = await writeFileAtomic(target, 'saved', { fs: flaky, sleep: async (ms) => void waits.push(ms) })
    expect(result.ok).toBe(true)
    expect(attempts).toBe(3)
    expect(waits).toEqual([20, 50])
    expect(await readFile(target, 'utf8')).toBe('saved')
  })

  it('refuses to start when the disk is too full, with a clear message', async () => {
    const dir = await tempDir()
    const full: FileSystem = { ...nodeFileSystem, freeBytes: async () => 10 }
    const result = await writeFileAtomic(join(dir, 'w.json'), 'x'.repeat(100), { fs: full })
    expect(result).toMatchObject({ ok: false, error: { code: 'no-space', message: /not enough free disk space/ } })
    expect(await readdir(dir)).toEqual([])
  })

  it('syncs the file before the rename and the folder after it', async () => {
    const dir = await tempDir()
    const order: string[] = []
    const traced: FileSystem = {
      ...nodeFileSystem,
      open: async (path, flags) => {
        const handle = await nodeFileSystem.open(path, flags)
        return {
          writev: (buffers) => (order.push('write'), handle.writev(buffers)),
          sync: () => (order.push('fsync file'), handle.sync()),
          close: () => handle.close(),
        }
      },
      rename: (from, to) => (order.push('rename'), nodeFileSystem.rename(from, to)),
      syncDirectory: (path) => (order.push('fsync folder'), nodeFileSystem.syncDirectory(path)),
    }
    await writeFileAtomic(join(dir, 'w.json'), 'x', { fs: traced })
    expect(order).toEqual(['write', 'fsync file', 'rename', 'fsync folder'])
  })
})
