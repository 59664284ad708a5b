import { join, resolve, sep } from 'node:path'
import { freeze } from 'immer'
import { Low } from 'lowdb'
import { nanoid } from 'nanoid'
import type { BackupEntry, OpenedWorkshop, SaveReceipt, TrashedWorkshop, WorkshopSummary } from '../../core/ipc-contract'
import { type AppError, type Result, fail, ok } from '../../core/result'
import { fileStemFromTitle, uniqueFileName } from '../../core/workshop/file-name'
import { createBlankWorkshop } from '../../core/workshop/new-workshop'
import type { Workshop, WorkshopFile } from '../../core/workshop/schema'
import { type WorkshopChanges, applyWorkshopChanges } from '../../core/workshop/workshop-changes'
import { readWorkshopJson } from '../../core/workshop/workshop-json'
import { isTempFileName, withRetry } from './atomic-write'
import { BackupStore } from './backup-store'
import { type FileSystem, errorCode, nodeFileSystem } from './durable-fs'
import { WorkshopEncoder } from './workshop-encoder'
import { WorkshopFileAdapter, WorkshopFileError } from './workshop-file-adapter'
import { type LockIdentity, WorkshopLocks } from './workshop-lock'

export interface WorkshopLibraryOptions {
  /** The workshops folder. */
  dir: string
  /** The bundled sample workshop that "New from sample" copies. */
  samplePath: string
  /** Where rolling backups of every save go, outside the workshops folder; none when absent. */
  backupsDir?: string
  fs?: FileSystem
  now?: () => Date
  newId?: () => string
  /** Who this app is in lock files; tests stand in for another process or computer. */
  lockIdentity?: LockIdentity
  isProcessAlive?: (pid: number) => boolean
}

interface KnownState {
  revision: number
  mtimeMs: number
  size: number
}

const TRASH_FOLDER = '.trash'
const TRASH_STAMP = /~(\d{13})\.json$/

/**
 * The workshops folder: list, create, open, save, duplicate, rename, delete to trash and restore.
 * Takes plain paths; knows nothing of Electron. Every write is atomic and durable, and a save made
 * against an older revision than the one on disk is refused as a conflict instead of overwriting.
 */
export class WorkshopLibrary {
  private readonly fs: FileSystem
  private readonly now: () => Date
  private readonly newId: () => string
  private readonly known = new Map<string, KnownState>()
  /** The content of each workshop open for editing as last read or saved here, which changes apply to. */
  private readonly held = new Map<string, WorkshopFile>()
  private readonly encoder = new WorkshopEncoder()
  /** Backups are written one after another once their save has answered; listing them waits. */
  private backupsWritten: Promise<unknown> = Promise.resolve()
  private readonly backups: BackupStore | null
  private readonly locks: WorkshopLocks

  private constructor(private readonly options: WorkshopLibraryOptions) {
    this.fs = options.fs ?? nodeFileSystem
    this.now = options.now ?? (() => new Date())
    this.newId = options.newId ?? (() => nanoid(12))
    this.backups = options.backupsDir ? new BackupStore(options.backupsDir, this.fs, this.now) : null
    this.locks = new WorkshopLocks(this.fs, this.now, options.lockIdentity, options.isProcessAlive)
  }

  /** Opens the folder, creating it if needed, and sweeps temp files left by an interrupted save. */
  static async open(options: WorkshopLibraryOptions): Promise<WorkshopLibrary> {
    const library = new WorkshopLibrary(options)
    await library.fs.mkdir(options.dir)
    // A read-only folder (a shared drive, a locked-down machine) still opens for reading.
    await library.fs.mkdir(library.trashDir).catch(() => undefined)
    await library.sweepTempFiles()
    return library
  }

  get dir(): string {
    return this.options.dir
  }

  get backupsDir(): string | null {
    return this.backups?.dir ?? null
  }

  get trashDir(): string {
    return join(this.options.dir, TRASH_FOLDER)
  }

  /** The full path of a workshop file; refuses anything that would leave the folder. */
  pathOf(file: string, folder = this.options.dir): string {
    const full = resolve(folder, file)
    if (!full.startsWith(resolve(folder) + sep)) throw new Error(`"${file}" is outside the workshops folder`)
    return full
  }

  async list(): Promise<WorkshopSummary[]> {
    const names = (await this.fs.readdir(this.options.dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'))
    const summaries = await Promise.all(names.map((name) => this.summarise(name)))
    return summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  }

  async create(title: string, fromSample: boolean): Promise<Result<WorkshopSummary>> {
    let workshop: Workshop
    if (fromSample) {
      const sample = await this.readSample()
      if (!sample.ok) return sample
      const { revision: _revision, ...content } = sample.value
      const stamp = this.now().toISOString()
      workshop = { ...content, id: this.newId(), title: title.trim(), createdAt: stamp, updatedAt: stamp }
    } else {
      workshop = createBlankWorkshop({ title }, this.newId(), this.now())
    }
    return this.writeNew(workshop)
  }

  /**
   * Opens a workshop for editing, taking its lock. While another Coalition holds it the answer is
   * `locked`, and the caller asks the user: open it `read-only`, or `take-over`.
   */
  async open(file: string, lock?: 'read-only' | 'take-over'): Promise<Result<OpenedWorkshop>> {
    const read = await this.read(file)
    if (!read.ok) return read
    const { revision, ...workshop } = read.value
    if (lock === 'read-only') return ok({ file, workshop, revision, readOnly: true })
    const locked = await this.locks.acquire(this.pathOf(file), lock === 'take-over')
    if (!locked.ok) return locked
    this.hold(file, read.value)
    return ok({ file, workshop, revision, readOnly: false })
  }

  /** Lets go of a workshop's lock (leaving it, or closing the app). */
  async close(file: string): Promise<void> {
    this.held.delete(file)
    await this.locks.release(this.pathOf(file))
  }

  /** Before quitting: lets go of every lock once the last backups are written. */
  async closeAll(): Promise<void> {
    await this.backupsWritten
    this.held.clear()
    await this.locks.releaseAll()
  }

  /** Saves over the file if nobody changed it since `baseRevision`; returns the new revision. */
  async save(file: string, workshop: Workshop, baseRevision: number): Promise<Result<SaveReceipt>> {
    return this.saveOver(file, baseRevision, () => ok(workshop))
  }

  /**
   * Saves what changed since revision `baseRevision`, applied to the content opened or saved here.
   * Answers `out-of-step` when this library does not hold that revision (the host restarted, the
   * file was reopened elsewhere); the caller then saves the whole workshop.
   */
  async saveChanges(file: string, changes: WorkshopChanges, baseRevision: number): Promise<Result<SaveReceipt>> {
    return this.saveOver(file, baseRevision, () => {
      const base = this.held.get(file)
      if (base?.revision !== baseRevision) return fail('out-of-step', 'The changes were made against a version this window does not hold; save the whole workshop.')
      return applyWorkshopChanges(base, changes)
    })
  }

  private async saveOver(file: string, baseRevision: number, contentOf: () => Result<Workshop>): Promise<Result<SaveReceipt>> {
    // The lock and revision checks wait on the disk; the content is worked out and encoded meanwhile.
    const checks = Promise.all([this.locks.checkBeforeSave(this.pathOf(file)), this.currentRevision(file)])
    const content = contentOf()
    const savedAt = this.now().toISOString()
    const next: Result<WorkshopFile> = content.ok ? ok({ ...content.value, updatedAt: savedAt, revision: baseRevision + 1 }) : content
    if (next.ok) this.encoder.encode(next.value)
    const [lock, onDisk] = await checks
    if (!lock.ok) return lock
    if (!onDisk.ok) return onDisk
    if (onDisk.value !== baseRevision) {
      return fail(
        'conflict',
        'This workshop was changed somewhere else (another window, computer or a sync tool) since you opened it. Reload it to see those changes, or save yours as a copy.',
      )
    }
    if (!next.ok) return next
    const written = await this.write(file, next.value)
    if (!written.ok) return written
    this.hold(file, next.value)
    return ok({ revision: next.value.revision, savedAt })
  }

  async duplicate(file: string): Promise<Result<WorkshopSummary>> {
    const read = await this.read(file)
    if (!read.ok) return read
    const { revision: _revision, ...workshop } = read.value
    const stamp = this.now().toISOString()
    return this.writeNew({ ...workshop, id: this.newId(), title: copyTitle(workshop.title), createdAt: stamp, updatedAt: stamp })
  }

  /** Gives the workshop a new title and its file the matching name. */
  async rename(file: string, title: string): Promise<Result<WorkshopSummary>> {
    const read = await this.read(file)
    if (!read.ok) return read
    const names = new Set(await this.fs.readdir(this.options.dir))
    names.delete(file)
    const newFile = uniqueFileName(fileStemFromTitle(title), (n) => names.has(n))
    const updated: WorkshopFile = { ...read.value, title: title.trim(), updatedAt: this.now().toISOString(), revision: read.value.revision + 1 }
    const written = await this.write(file, updated)
    if (!written.ok) return written
    if (this.held.has(file)) this.hold(file, updated)
    if (newFile !== file) {
      const moved = await this.move(this.pathOf(file), this.pathOf(newFile))
      if (!moved.ok) return moved
      // The rename's own backup goes to the old folder first, then the folder follows the file.
      await this.backupsWritten
      await this.backups?.move(this.pathOf(file), this.pathOf(newFile))
      await this.locks.release(this.pathOf(file))
      await this.locks.acquire(this.pathOf(newFile), true)
      for (const byFile of [this.known, this.held] as Map<string, unknown>[]) {
        const state = byFile.get(file)
        byFile.delete(file)
        if (state) byFile.set(newFile, state)
      }
    }
    return ok(summaryOf(newFile, updated))
  }

  /** Moves the file into the trash folder, from where it can be restored. */
  async remove(file: string): Promise<Result<TrashedWorkshop>> {
    const read = await this.read(file)
    const title = read.ok ? read.value.title : file.replace(/\.json$/, '')
    const deletedAt = this.now()
    const trashFile = `${file.replace(/\.json$/, '')}~${String(deletedAt.getTime()).padStart(13, '0')}.json`
    const moved = await this.move(this.pathOf(file), this.pathOf(trashFile, this.trashDir))
    if (!moved.ok) return moved
    this.known.delete(file)
    this.held.delete(file)
    await this.locks.release(this.pathOf(file))
    return ok({ trashFile, title, deletedAt: deletedAt.toISOString() })
  }

  async listTrash(): Promise<TrashedWorkshop[]> {
    const names = (await this.fs.readdir(this.trashDir).catch(() => [] as string[])).filter((n) => TRASH_STAMP.test(n))
    const items = await Promise.all(
      names.map(async (trashFile) => {
        const stamp = Number(TRASH_STAMP.exec(trashFile)?.[1] ?? 0)
        let title = trashFile.replace(TRASH_STAMP, '')
        try {
          const parsed = readWorkshopJson(await this.fs.readFile(this.pathOf(trashFile, this.trashDir)))
          if (parsed.ok) title = parsed.value.title
        } catch {
          // An unreadable trashed file is still listed under its file name.
        }
        return { trashFile, title, deletedAt: new Date(stamp).toISOString() }
      }),
    )
    return items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt))
  }

  async restore(trashFile: string): Promise<Result<WorkshopSummary>> {
    if (!TRASH_STAMP.test(trashFile)) return fail('not-found', 'That file is not in the trash.')
    const names = new Set(await this.fs.readdir(this.options.dir))
    const file = uniqueFileName(trashFile.replace(TRASH_STAMP, ''), (n) => names.has(n))
    const moved = await this.move(this.pathOf(trashFile, this.trashDir), this.pathOf(file))
    if (!moved.ok) return moved
    return ok(await this.summarise(file))
  }

  /** Adds a copy of a workshop file the user picked; the original is never touched. */
  async importFile(content: string): Promise<Result<WorkshopSummary>> {
    const parsed = readWorkshopJson(content)
    if (!parsed.ok) return parsed
    const { revision: _revision, ...workshop } = parsed.value
    return this.writeNew(workshop)
  }

  /** The saved versions of a workshop file, newest first; also for a file that cannot be read. */
  async listBackups(file: string): Promise<BackupEntry[]> {
    await this.backupsWritten
    return this.backups ? this.backups.list(this.pathOf(file)) : []
  }

  /**
   * Puts a saved version back under the file's name. Whatever the file holds now, readable or not,
   * is moved to the trash first rather than written over.
   */
  async restoreBackup(file: string, backupId: string): Promise<Result<WorkshopSummary>> {
    if (!this.backups) return fail('unsupported', 'This host keeps no backups.')
    await this.backupsWritten
    const backup = await this.backups.read(this.pathOf(file), backupId)
    if (!backup.ok) return backup
    const exists = await this.fs.stat(this.pathOf(file)).then(
      () => true,
      () => false,
    )
    if (exists) {
      const trashed = await this.remove(file)
      if (!trashed.ok) return trashed
    }
    const restored: WorkshopFile = { ...backup.value, updatedAt: this.now().toISOString(), revision: backup.value.revision + 1 }
    const written = await this.write(file, restored)
    if (!written.ok) return written
    return ok(summaryOf(file, restored))
  }

  /** Adds a saved version as a new workshop beside the original, which is left as it is. */
  async openBackupAsCopy(file: string, backupId: string): Promise<Result<WorkshopSummary>> {
    if (!this.backups) return fail('unsupported', 'This host keeps no backups.')
    await this.backupsWritten
    const backup = await this.backups.read(this.pathOf(file), backupId)
    if (!backup.ok) return backup
    const { revision: _revision, ...workshop } = backup.value
    const stamp = this.now().toISOString()
    const title = `${Array.from(workshop.title).slice(0, 185).join('')} (restored)`
    return this.writeNew({ ...workshop, id: this.newId(), title, createdAt: stamp, updatedAt: stamp })
  }

  private async writeNew(workshop: Workshop): Promise<Result<WorkshopSummary>> {
    const names = new Set(await this.fs.readdir(this.options.dir))
    const file = uniqueFileName(fileStemFromTitle(workshop.title), (n) => names.has(n))
    const content: WorkshopFile = { ...workshop, revision: 0 }
    const written = await this.write(file, content)
    if (!written.ok) return written
    return ok(summaryOf(file, content))
  }

  private async read(file: string): Promise<Result<WorkshopFile>> {
    const path = this.pathOf(file)
    const db = new Low<WorkshopFile | null>(new WorkshopFileAdapter(path, this.fs), null)
    try {
      const before = await this.fs.stat(path)
      await db.read()
      if (!db.data) return fail('not-found', `The workshop "${file}" no longer exists.`)
      this.known.set(file, { revision: db.data.revision, mtimeMs: before.mtimeMs, size: before.size })
      return ok(db.data)
    } catch (error) {
      return { ok: false, error: asAppError(error, file) }
    }
  }

  private async write(file: string, content: WorkshopFile): Promise<Result<null>> {
    const path = this.pathOf(file)
    const db = new Low<WorkshopFile | null>(new WorkshopFileAdapter(path, this.fs, this.encoder), content)
    try {
      await db.write()
    } catch (error) {
      return { ok: false, error: asAppError(error, file) }
    }
    const savedAtMs = this.now().getTime()
    const stat = await this.fs.stat(path)
    this.known.set(file, { revision: content.revision, mtimeMs: stat.mtimeMs, size: stat.size })
    const backups = this.backups
    if (backups) {
      // The encoder still has the bytes just written. The save has succeeded: a backup follows it
      // rather than delaying its answer, and one that cannot be written must not turn it into a failure.
      const saved = { revision: content.revision, savedAtMs, bytes: this.encoder.encode(content) }
      this.backupsWritten = this.backupsWritten.then(() => backups.add(path, saved)).catch(() => undefined)
    }
    return ok(null)
  }

  /** Keeps the content changes apply to; frozen, because the encoder reuses unchanged parts by identity. */
  private hold(file: string, content: WorkshopFile): void {
    this.held.set(file, freeze(content, true))
  }

  /** The revision on disk; cheap when the file is unchanged since we last read or wrote it. */
  private async currentRevision(file: string): Promise<Result<number>> {
    const known = this.known.get(file)
    if (known) {
      try {
        const stat = await this.fs.stat(this.pathOf(file))
        if (stat.mtimeMs === known.mtimeMs && stat.size === known.size) return ok(known.revision)
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return fail('not-found', 'The workshop file was moved or deleted while it was open.')
      }
    }
    const read = await this.read(file)
    return read.ok ? ok(read.value.revision) : read
  }

  private async move(from: string, to: string): Promise<Result<null>> {
    try {
      await this.fs.stat(to).then(
        () => {
          throw Object.assign(new Error('exists'), { code: 'EEXIST' })
        },
        (error: unknown) => {
          if (errorCode(error) !== 'ENOENT') throw error
        },
      )
      // Moving to the trash, restoring and renaming meet the same antivirus and sync locks as saving.
      await withRetry(() => this.fs.rename(from, to))
      await this.fs.syncDirectory(this.options.dir).catch(() => undefined)
      return ok(null)
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return fail('already-exists', 'A workshop file with that name already exists.')
      if (errorCode(error) === 'ENOENT') return fail('not-found', 'That workshop file no longer exists.')
      return fail('io', `The workshop file could not be moved (${errorCode(error) ?? 'unknown error'}).`)
    }
  }

  private async summarise(file: string): Promise<WorkshopSummary> {
    const read = await this.read(file)
    if (read.ok) return summaryOf(file, read.value)
    let updatedAt = new Date(0).toISOString()
    try {
      updatedAt = new Date((await this.fs.stat(this.pathOf(file))).mtimeMs).toISOString()
    } catch {
      // Listed with the epoch as its date; the problem text explains.
    }
    return { file, title: file.replace(/\.json$/, ''), organisation: '', stakeholderCount: 0, updatedAt, revision: 0, problem: read.error.message }
  }

  private async readSample(): Promise<Result<WorkshopFile>> {
    try {
      return readWorkshopJson(await this.fs.readFile(this.options.samplePath))
    } catch {
      return fail('not-found', 'The bundled sample workshop is missing from this installation.')
    }
  }

  private async sweepTempFiles(): Promise<void> {
    for (const folder of [this.options.dir, this.trashDir]) {
      const names = await this.fs.readdir(folder).catch(() => [] as string[])
      await Promise.all(names.filter(isTempFileName).map((n) => this.fs.unlink(join(folder, n)).catch(() => undefined)))
    }
  }
}

function summaryOf(file: string, content: WorkshopFile): WorkshopSummary {
  return {
    file,
    title: content.title,
    organisation: content.organisation,
    stakeholderCount: content.stakeholders.length,
    updatedAt: content.updatedAt,
    revision: content.revision,
    problem: null,
  }
}

function copyTitle(title: string): string {
  const copy = `${title} (copy)`
  return copy.length <= 200 ? copy : `${Array.from(title).slice(0, 190).join('')} (copy)`
}

function asAppError(error: unknown, file: string): AppError {
  if (error instanceof WorkshopFileError) return error.appError
  if (errorCode(error) === 'ENOENT') return { code: 'not-found', message: `The workshop "${file}" no longer exists.` }
  return { code: 'io', message: `The workshop could not be read (${errorCode(error) ?? String(error)}).` }
}
