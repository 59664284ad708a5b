import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import type { WorkshopFile } from '../../../src/core/workshop/schema'
import { readWorkshopJson, serializeWorkshop } from '../../../src/core/workshop/workshop-json'
import { WorkshopLibrary } from '../../../src/main/services/workshop-library'
import { LOOP_FILE, loopWorkshop } from '../../support/save-loop'
import { seededRandom, soak } from '../../support/seeded-random'
import { SAMPLE_PATH, useTempDirs } from '../../support/temp-dir'

// In memory where the system has it: a kill tests atomicity, which does not need the disk's fsync latency.
const tempDir = useTempDirs(existsSync('/dev/shm') ? '/dev/shm' : tmpdir())
const SEED = 8_300
const KILLS = soak(300, 3_000)
let worker = ''

beforeAll(async () => {
  // One bundle, so each of the hundreds of starts is plain node and quick.
  worker = join(await tempDir(), 'save-loop-worker.mjs')
  await build({
    entryPoints: [resolve('tests/support/save-loop-worker.ts')],
    outfile: worker,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
  })
})

interface Run {
  lastAck: number
  stderr: string
  exit: Promise<void>
}

/** Starts the worker and kills it with SIGKILL a random moment after its first acknowledged save. */
function runAndKill(dir: string, backupsDir: string, delayMs: number): Promise<Run> {
  return new Promise((done, reject) => {
    const child: ChildProcess = spawn(process.execPath, [worker, dir, backupsDir, SAMPLE_PATH], { stdio: ['ignore', 'pipe', 'pipe'] })
    const run: Run = { lastAck: -1, stderr: '', exit: new Promise((exited) => child.once('exit', () => exited())) }
    let buffered = ''
    let timer: ReturnType<typeof setTimeout> | null = null
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? ''
      for (const line of lines) run.lastAck = Math.max(run.lastAck, Number(line.slice(4)))
      timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs)
    })
    child.stderr?.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()))
    child.once('error', reject)
    void run.exit.then(() => {
      if (timer) clearTimeout(timer)
      done(run)
    })
  })
}

describe(`a save loop killed ${KILLS} times with SIGKILL (seed ${SEED})`, () => {
  it('always leaves a file that parses and holds the last acknowledged save or the one in flight', async () => {
    const root = await tempDir()
    const dir = join(root, 'Workshops')
    const backupsDir = join(root, 'Backups')
    await WorkshopLibrary.open({ dir, samplePath: SAMPLE_PATH })
    const sample = readWorkshopJson(await readFile(SAMPLE_PATH, 'utf8'))
    if (!sample.ok) throw new Error(sample.error.message)
    const { revision: _revision, ...base } = sample.value
    await writeFile(join(dir, LOOP_FILE), serializeWorkshop({ ...sample.value, title: 'Save 0', revision: 0 }))

    const r = seededRandom(SEED)
    let acknowledged = 0
    let killedMidWrite = 0
    for (let kill = 0; kill < KILLS; kill++) {
      const tempsBefore = (await readdir(dir)).filter((n) => n.endsWith('.coalition-tmp')).length
      const run = await runAndKill(dir, backupsDir, r.int(0, 12))
      expect(run.stderr, `kill ${kill}`).toBe('')
      expect(run.lastAck, `kill ${kill}: the worker never saved`).toBeGreaterThan(acknowledged)

      const onDisk = readWorkshopJson(await readFile(join(dir, LOOP_FILE), 'utf8'))
      if (!onDisk.ok) throw new Error(`kill ${kill}: the file does not parse: ${onDisk.error.message}`)
      const n = Number(onDisk.value.title.replace('Save ', ''))
      expect([run.lastAck, run.lastAck + 1], `kill ${kill}: file holds save ${n}`).toContain(n)
      const expected: Omit<WorkshopFile, 'updatedAt' | 'revision'> = loopWorkshop(base, n)
      const { updatedAt: _at, revision: _rev, ...actual } = onDisk.value
      const { updatedAt: _expectedAt, ...expectedContent } = expected as WorkshopFile
      expect(actual, `kill ${kill}`).toEqual(expectedContent)
      acknowledged = n
      // A temp file left behind means the kill landed inside a write; the next start sweeps it.
      if ((await readdir(dir)).some((name) => name.endsWith('.coalition-tmp')) && tempsBefore === 0) killedMidWrite++
    }

    // Every backup is whole too, and the next start leaves no temp file behind.
    const library = await WorkshopLibrary.open({ dir, backupsDir, samplePath: SAMPLE_PATH })
    expect((await readdir(dir)).filter((n) => n.endsWith('.coalition-tmp'))).toEqual([])
    const backups = await library.listBackups(LOOP_FILE)
    expect(backups.length).toBeGreaterThan(0)
    expect(backups.filter((b) => b.problem !== null)).toEqual([])
    // The kills really did land in the middle of saves, not only between them.
    expect(killedMidWrite).toBeGreaterThan(0)
  }, soak(600_000, 6_000_000))
})
