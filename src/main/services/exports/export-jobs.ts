import { nanoid } from 'nanoid'
import type { ExportKind } from '../../../core/exports/export-files'
import type { ExportJobStatus } from '../../../core/ipc-contract'
import type { Workshop } from '../../../core/workshop/schema'
import { ExportError, type ExportResult, exportWorkshop } from './workshop-exports'

interface Job {
  status: ExportJobStatus
  result: ExportResult | null
}

/** Jobs kept for the renderer to poll and open; older ones are forgotten (their files stay on disk). */
const KEPT_JOBS = 20

/**
 * Exports run in the background so the renderer can show progress: start returns at once with a
 * job id, status reports how far it got, and files are reached by job id and index, never by a
 * path the renderer sends.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>()

  start(workshop: Workshop, what: ExportKind, outDir: string, options: { createdAt?: Date; fontsDir?: string } = {}): string {
    const id = nanoid(16)
    const job: Job = { status: { state: 'running', done: 0, total: 0, folder: null, files: [], error: null }, result: null }
    this.jobs.set(id, job)
    while (this.jobs.size > KEPT_JOBS) this.jobs.delete(this.jobs.keys().next().value!)
    // Let the start request return before the first document takes the thread.
    setImmediate(() => {
      exportWorkshop(workshop, what, outDir, {
        ...options,
        onProgress: (done, total) => {
          job.status = { ...job.status, done, total }
        },
      }).then(
        (result) => {
          job.result = result
          job.status = {
            state: 'done',
            done: result.files.length,
            total: result.files.length,
            folder: result.folder,
            files: result.files.map(({ name, bytes, description }) => ({ name, bytes, description })),
            error: null,
          }
        },
        (error: unknown) => {
          const message = error instanceof ExportError ? error.message : `The export failed: ${error instanceof Error ? error.message : String(error)}`
          job.status = { ...job.status, state: 'failed', error: message }
        },
      )
    })
    return id
  }

  status(id: string): ExportJobStatus | null {
    return this.jobs.get(id)?.status ?? null
  }

  /** The folder of a finished job (index null) or one of its files. */
  pathOf(id: string, index: number | null): string | null {
    const result = this.jobs.get(id)?.result
    if (!result) return null
    if (index === null) return result.folder
    return result.files[index]?.path ?? null
  }
}
