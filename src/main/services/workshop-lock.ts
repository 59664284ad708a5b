import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { format } from 'date-fns'
import { z } from 'zod'
import { type Result, fail, ok } from '../../core/result'
import { parseUntrustedJson } from '../../core/workshop/workshop-json'
import { writeFileAtomic } from './atomic-write'
import { type FileSystem, errorCode } from './durable-fs'

const LOCK_SUFFIX = '.coalition-lock'

const holderSchema = z.object({
  app: z.literal('Coalition'),
  pid: z.number().int(),
  host: z.string().max(255),
  instance: z.string().max(64),
  since: z.iso.datetime(),
})

/** Who has a workshop open for editing: written beside the file, so a second computer sees it too. */
export type LockHolder = z.infer<typeof holderSchema>

export interface LockIdentity {
  pid: number
  host: string
}

/** True unless the process is certainly gone (EPERM means it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return errorCode(error) !== 'ESRCH'
  }
}

export const isLockFileName = (name: string): boolean => name.startsWith('.') && name.endsWith(LOCK_SUFFIX)

/**
 * One writer per workshop file across windows, processes and computers sharing a folder. A lock
 * left by a process that died on this computer is stale and taken over silently; any other lock
 * is respected until the user chooses to take it over.
 */
export class WorkshopLocks {
  private readonly self: LockHolder
  private readonly held = new Set<string>()
  /** Our lock files as we last wrote them: a save finds its lock untouched with one stat instead of a read. */
  private readonly written = new Map<string, FileIdentity>()

  constructor(
    private readonly fs: FileSystem,
    private readonly now: () => Date,
    identity: LockIdentity = { pid: process.pid, host: hostname() },
    private readonly isAlive: (pid: number) => boolean = isProcessAlive,
  ) {
    this.self = { app: 'Coalition', ...identity, instance: randomBytes(8).toString('hex'), since: now().toISOString() }
  }

  lockPathOf(workshopPath: string): string {
    return join(dirname(workshopPath), `.${basename(workshopPath)}${LOCK_SUFFIX}`)
  }

  /** The live holder of the file other than us, if any. */
  async otherHolder(workshopPath: string): Promise<LockHolder | null> {
    return this.liveOther(await this.readHolder(workshopPath))
  }

  private liveOther(holder: LockHolder | null): LockHolder | null {
    if (!holder || holder.instance === this.self.instance) return null
    const diedHere = holder.host === this.self.host && holder.pid !== this.self.pid && !this.isAlive(holder.pid)
    return diedHere ? null : holder
  }

  /**
   * Takes the file for editing. Refused with `locked` while someone else holds it, unless
   * `takeOver`. A folder we may not write in is no reason to refuse: its saves fail anyway.
   */
  async acquire(workshopPath: string, takeOver = false): Promise<Result<null>> {
    if (!takeOver) {
      const other = await this.otherHolder(workshopPath)
      if (other) return fail('locked', describeHolder(basename(workshopPath, '.json'), other))
    }
    const mine: LockHolder = { ...this.self, since: this.now().toISOString() }
    await writeFileAtomic(this.lockPathOf(workshopPath), `${JSON.stringify(mine)}\n`, { fs: this.fs, retryDelaysMs: [20, 50] })
    this.held.add(workshopPath)
    const identity = await this.identityOf(workshopPath)
    if (identity) this.written.set(workshopPath, identity)
    else this.written.delete(workshopPath)
    return ok(null)
  }

  /** Before a save: refused if someone else took the file over; otherwise makes sure our lock is there. */
  async checkBeforeSave(workshopPath: string): Promise<Result<null>> {
    const ours = this.written.get(workshopPath)
    if (ours && sameFile(ours, await this.identityOf(workshopPath))) return ok(null)
    const holder = await this.readHolder(workshopPath)
    const other = this.liveOther(holder)
    if (other) {
      return fail(
        'locked',
        `Coalition on ${other.host} took this workshop over at ${format(new Date(other.since), 'HH:mm')}, so your latest changes were not saved. Reload to see its version.`,
      )
    }
    if (holder?.instance !== this.self.instance) return this.acquire(workshopPath, true)
    return ok(null)
  }

  /** Lets go of a file we hold; a lock that someone else has taken over stays theirs. */
  async release(workshopPath: string): Promise<void> {
    this.held.delete(workshopPath)
    this.written.delete(workshopPath)
    if ((await this.readHolder(workshopPath))?.instance !== this.self.instance) return
    await this.fs.unlink(this.lockPathOf(workshopPath)).catch(() => undefined)
  }

  async releaseAll(): Promise<void> {
    await Promise.all([...this.held].map((path) => this.release(path)))
  }

  private async identityOf(workshopPath: string): Promise<FileIdentity | null> {
    try {
      const { ino, mtimeMs, size } = await this.fs.stat(this.lockPathOf(workshopPath))
      return { ino, mtimeMs, size }
    } catch {
      return null
    }
  }

  private async readHolder(workshopPath: string): Promise<LockHolder | null> {
    try {
      const parsed = holderSchema.safeParse(parseUntrustedJson(await this.fs.readFile(this.lockPathOf(workshopPath))))
      return parsed.success ? parsed.data : null
    } catch {
      return null
    }
  }
}

/**
 * Enough to tell a file from its replacement: whoever takes a lock over writes a new file and renames
 * it over ours, which always gives it another inode, even within the clock tick of our own write.
 * File systems without inode numbers (FAT sticks report 0) never match, so their lock is read.
 */
interface FileIdentity {
  ino: number
  mtimeMs: number
  size: number
}

const sameFile = (a: FileIdentity, b: FileIdentity | null): boolean => b !== null && a.ino !== 0 && a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.size === b.size

function describeHolder(name: string, holder: LockHolder): string {
  const since = format(new Date(holder.since), 'd MMM, HH:mm')
  return `“${name}” is open in Coalition on ${holder.host} (since ${since}). Open it read-only, or take it over: the other window will then no longer be able to save it.`
}
