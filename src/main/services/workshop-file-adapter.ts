import type { Adapter } from 'lowdb'
import type { AppError } from '../../core/result'
import { readWorkshopJson } from '../../core/workshop/workshop-json'
import type { WorkshopFile } from '../../core/workshop/schema'
import { writeFileAtomic } from './atomic-write'
import { type FileSystem, errorCode } from './durable-fs'
import { WorkshopEncoder } from './workshop-encoder'

/** A failure of the adapter, carrying the code and message the UI shows. */
export class WorkshopFileError extends Error {
  constructor(readonly appError: AppError) {
    super(appError.message)
  }
}

/**
 * lowdb adapter for one workshop file. lowdb's own JSONFile writes through steno, which renames but
 * never fsyncs; this one validates and migrates on read and writes durably (see atomic-write).
 */
export class WorkshopFileAdapter implements Adapter<WorkshopFile | null> {
  constructor(
    private readonly path: string,
    private readonly fs: FileSystem,
    /** Shared between saves of one file, so unchanged stakeholders are not encoded again. */
    private readonly encoder = new WorkshopEncoder(),
  ) {}

  async read(): Promise<WorkshopFile | null> {
    let text: string
    try {
      text = await this.fs.readFile(this.path)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null
      throw new WorkshopFileError({ code: 'io', message: `The workshop file could not be read (${errorCode(error) ?? 'unknown error'}).` })
    }
    const parsed = readWorkshopJson(text)
    if (!parsed.ok) throw new WorkshopFileError(parsed.error)
    return parsed.value
  }

  async write(data: WorkshopFile | null): Promise<void> {
    if (!data) throw new WorkshopFileError({ code: 'internal', message: 'Nothing to write.' })
    const written = await writeFileAtomic(this.path, this.encoder.encode(data), { fs: this.fs })
    if (!written.ok) throw new WorkshopFileError(written.error)
  }
}
