import { Low } from 'lowdb'
import { type Result, fail, ok } from '../../core/result'
import type { Workshop, WorkshopFile } from '../../core/workshop/schema'
import { type FileSystem, errorCode, nodeFileSystem } from './durable-fs'
import { WorkshopFileAdapter, WorkshopFileError } from './workshop-file-adapter'

/**
 * One workshop file anywhere on disk, for the command line: read, validated and migrated, and
 * written atomically through the same lowdb adapter the workshops folder uses.
 */
export async function readWorkshopAt(path: string, fs: FileSystem = nodeFileSystem): Promise<Result<WorkshopFile>> {
  const db = new Low<WorkshopFile | null>(new WorkshopFileAdapter(path, fs), null)
  try {
    await db.read()
  } catch (error) {
    if (error instanceof WorkshopFileError) return { ok: false, error: error.appError }
    return fail('io', `The workshop file could not be read (${errorCode(error) ?? String(error)}).`)
  }
  return db.data ? ok(db.data) : fail('not-found', `There is no file at ${path}.`)
}

/** Writes a workshop file atomically; the revision goes up by one so open windows notice the change. */
export async function writeWorkshopAt(path: string, workshop: Workshop, baseRevision: number, now: Date, fs: FileSystem = nodeFileSystem): Promise<Result<WorkshopFile>> {
  const content: WorkshopFile = { ...workshop, updatedAt: now.toISOString(), revision: baseRevision + 1 }
  return writeContent(path, content, fs)
}

/** Writes a brand-new workshop file at revision 0, refusing to replace anything already there. */
export async function createWorkshopAt(path: string, workshop: Workshop, fs: FileSystem = nodeFileSystem): Promise<Result<WorkshopFile>> {
  try {
    await fs.stat(path)
    return fail('already-exists', `${path} already exists; choose another file name (Coalition never overwrites a file).`)
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return fail('io', `Could not check ${path} (${errorCode(error) ?? String(error)}).`)
  }
  const content: WorkshopFile = { ...workshop, revision: 0 }
  return writeContent(path, content, fs)
}

/** Writes `content` through the workshop adapter, turning a failure into the message the user sees. */
async function writeContent(path: string, content: WorkshopFile, fs: FileSystem): Promise<Result<WorkshopFile>> {
  const db = new Low<WorkshopFile | null>(new WorkshopFileAdapter(path, fs), content)
  try {
    await db.write()
  } catch (error) {
    if (error instanceof WorkshopFileError) return { ok: false, error: error.appError }
    return fail('io', `The workshop file could not be written (${errorCode(error) ?? String(error)}).`)
  }
  return ok(content)
}
