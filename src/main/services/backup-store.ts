import { createHash } from 'node:crypto'
import { basename, join, resolve } from 'node:path'
import { BACKUP_ID_PATTERN, backupIdFor, backupsToKeep } from '../../core/backups/retention'
import type { BackupEntry } from '../../core/ipc-contract'
import { type Result, fail } from '../../core/result'
import type { WorkshopFile } from '../../core/workshop/schema'
import { readWorkshopJson } from '../../core/workshop/workshop-json'
import { type FileContent, isTempFileName, writeFileAtomic } from './atomic-write'
import { type FileSystem, errorCode } from './durable-fs'

/**
 * Rolling copies of every save, in a folder of their own outside the workshops folder (a sync
 * tool or a slip in the file manager that damages the workshops folder does not reach them).
 * Each workshop file has a subfolder named after the file and a hash of its full path.
 */
export class BackupStore {
  constructor(
    readonly dir: string,
    private readonly fs: FileSystem,
    private readonly now: () => Date,
  ) {}

  /** The subfolder holding the backups of the workshop file at `workshopPath`. */
  folderFor(workshopPath: string): string {
    const full = resolve(workshopPath)
    const hash = createHash('sha256').update(full).digest('hex').slice(0, 12)
    return join(this.dir, `${basename(full, '.json')} ~${hash}`)
  }

  /** Keeps a copy of the bytes just saved, then drops copies the retention policy no longer needs. */
  async add(workshopPath: string, saved: { revision: number; savedAtMs: number; bytes: FileContent }): Promise<Result<null>> {
    const folder = this.folderFor(workshopPath)
    await this.fs.mkdir(folder)
    const written = await writeFileAtomic(join(folder, backupIdFor(saved.savedAtMs, saved.revision)), saved.bytes, { fs: this.fs })
    if (!written.ok) return written
    const names = await this.fs.readdir(folder).catch(() => [] as string[])
    const stamps = names.filter((n) => BACKUP_ID_PATTERN.test(n)).map((id) => ({ id, savedAtMs: Number(BACKUP_ID_PATTERN.exec(id)?.[1]) }))
    const keep = backupsToKeep(stamps, this.now())
    // Old versions the policy lets go, and temp files of a backup interrupted by a crash.
    const stale = [...stamps.filter((s) => !keep.has(s.id)).map((s) => s.id), ...names.filter(isTempFileName)]
    await Promise.all(stale.map((name) => this.fs.unlink(join(folder, name)).catch(() => undefined)))
    return written
  }

  /** The backups of one workshop file, newest first, each with what it holds. */
  async list(workshopPath: string): Promise<BackupEntry[]> {
    const folder = this.folderFor(workshopPath)
    const ids = (await this.ids(folder)).sort().reverse()
    return Promise.all(
      ids.map(async (backupId) => {
        const [, stamp = '0', revision = '0'] = BACKUP_ID_PATTERN.exec(backupId) ?? []
        const read = await this.read(workshopPath, backupId)
        return {
          backupId,
          savedAt: new Date(Number(stamp)).toISOString(),
          revision: Number(revision),
          title: read.ok ? read.value.title : '',
          stakeholderCount: read.ok ? read.value.stakeholders.length : 0,
          problem: read.ok ? null : read.error.message,
        }
      }),
    )
  }

  async read(workshopPath: string, backupId: string): Promise<Result<WorkshopFile>> {
    if (!BACKUP_ID_PATTERN.test(backupId)) return fail('not-found', 'There is no such backup.')
    try {
      return readWorkshopJson(await this.fs.readFile(join(this.folderFor(workshopPath), backupId)))
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return fail('not-found', 'That backup no longer exists.')
      return fail('io', `The backup could not be read (${errorCode(error) ?? 'unknown error'}).`)
    }
  }

  /** Keeps a workshop's history with it when its file is renamed. */
  async move(fromPath: string, toPath: string): Promise<void> {
    const from = this.folderFor(fromPath)
    const to = this.folderFor(toPath)
    try {
      await this.fs.stat(to)
      return // The new name already has backups of its own; leave both alone.
    } catch {
      await this.fs.rename(from, to).catch(() => undefined)
    }
  }

  private async ids(folder: string): Promise<string[]> {
    try {
      return (await this.fs.readdir(folder)).filter((n) => BACKUP_ID_PATTERN.test(n))
    } catch {
      return []
    }
  }
}
