import { readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import {
  type AppInfo,
  IPC_CONTRACT,
  type IpcMethod,
  type IpcParsedRequest,
  type IpcResponse,
} from '../core/ipc-contract'
import { type Result, fail, ok } from '../core/result'
import { describeIssues } from '../core/workshop/validation-message'
import type { AppSettingsStore } from './services/app-settings'
import { ExportJobs } from './services/exports/export-jobs'
import { readSpreadsheet } from './services/spreadsheet-reader'
import type { WorkshopLibrary } from './services/workshop-library'

/** What differs between the Electron shell and the browser host. */
export interface HostCapabilities {
  host: AppInfo['host']
  version: string
  /** Shows a file in the system's file manager; absent where there is none to show. */
  revealInFolder?: (path: string) => void
  /** Asks the user where to export (the desktop's folder dialog); null when they cancel. Without it, exports go to `exportsDir`. */
  chooseExportFolder?: () => Promise<string | null>
  /** Opens a file or folder with the system's default app; desktop only. */
  openPath?: (path: string) => Promise<void>
  /** Where exports go without a folder dialog: by default "Exports" beside the workshops folder. */
  exportsDir?: string
}

export interface HandlerDependencies {
  library: WorkshopLibrary
  settings: AppSettingsStore
  capabilities: HostCapabilities
  /** Background exports; one per host is made when not given. */
  exportJobs?: ExportJobs
  /** Used only when a handler throws, which is a bug; the caller still gets an error value. */
  logError?: (error: unknown) => void
}

type Implementations = { [M in IpcMethod]: (request: IpcParsedRequest<M>) => Promise<Result<IpcResponse<M>>> }

/** One entry point per contract method, taking untrusted input. */
export type IpcHandlers = { [M in IpcMethod]: (raw: unknown) => Promise<Result<IpcResponse<M>>> }

export const SAMPLE_TITLE = 'Sample: Northwind Health goes paperless'

/**
 * The handlers both hosts serve. Each validates its request against the contract first and returns
 * errors as values; an exception becomes an `internal` error rather than crossing the boundary.
 */
export function createIpcHandlers(deps: HandlerDependencies): IpcHandlers {
  const { library, settings, capabilities } = deps
  const exportJobs = deps.exportJobs ?? new ExportJobs()
  const exportsDir = capabilities.exportsDir ?? join(dirname(library.dir), 'Exports')
  const noSuchJob = () => fail('not-found', 'That export is no longer known; export again.')
  const remember = async <T extends { file: string }>(result: Result<T>): Promise<Result<T>> => {
    if (result.ok) await settings.update({ lastOpenedFile: result.value.file })
    return result
  }

  const implementations: Implementations = {
    getAppInfo: async () =>
      ok({
        version: capabilities.version,
        host: capabilities.host,
        workshopsDir: library.dir,
        canRevealFiles: capabilities.revealInFolder !== undefined,
        backupsDir: library.backupsDir,
      }),
    getStartup: async () => {
      const workshops = await library.list()
      if (!settings.current.sampleOffered) {
        await settings.update({ sampleOffered: true })
        if (workshops.length === 0) {
          const created = await library.create(SAMPLE_TITLE, true)
          return ok({ openFile: created.ok ? created.value.file : null })
        }
      }
      const last = settings.current.lastOpenedFile
      return ok({ openFile: last && workshops.some((w) => w.file === last && !w.problem) ? last : null })
    },
    listWorkshops: async () => ok(await library.list()),
    createWorkshop: async ({ title, fromSample }) => library.create(title, fromSample),
    openWorkshop: async ({ file, lock }) => remember(await library.open(file, lock)),
    saveWorkshop: async ({ file, workshop, baseRevision }) => library.save(file, workshop, baseRevision),
    saveWorkshopChanges: async ({ file, changes, baseRevision }) => library.saveChanges(file, changes, baseRevision),
    duplicateWorkshop: async ({ file }) => library.duplicate(file),
    renameWorkshop: async ({ file, title }) => {
      const renamed = await library.rename(file, title)
      if (renamed.ok && settings.current.lastOpenedFile === file) await settings.update({ lastOpenedFile: renamed.value.file })
      return renamed
    },
    deleteWorkshop: async ({ file }) => library.remove(file),
    listTrash: async () => ok(await library.listTrash()),
    restoreWorkshop: async ({ trashFile }) => library.restore(trashFile),
    importWorkshopFile: async ({ content }) => library.importFile(content),
    readSpreadsheet: async ({ fileName, data, sheet }) => readSpreadsheet(new Uint8Array(Buffer.from(data, 'base64')), fileName, sheet),
    revealWorkshop: async ({ file }) => {
      if (!capabilities.revealInFolder) return fail('unsupported', 'Showing files is only available in the desktop app.')
      capabilities.revealInFolder(library.pathOf(file))
      return ok(null)
    },
    closeWorkshop: async ({ file }) => {
      await library.close(file)
      return ok(null)
    },
    listBackups: async ({ file }) => ok(await library.listBackups(file)),
    restoreBackup: async ({ file, backupId }) => library.restoreBackup(file, backupId),
    openBackupAsCopy: async ({ file, backupId }) => library.openBackupAsCopy(file, backupId),
    startExport: async ({ workshop, what }) => {
      const folder = capabilities.chooseExportFolder ? await capabilities.chooseExportFolder() : exportsDir
      if (folder === null) return ok({ jobId: null })
      return ok({ jobId: exportJobs.start(workshop, what, folder) })
    },
    exportStatus: async ({ jobId }) => {
      const status = exportJobs.status(jobId)
      return status ? ok(status) : noSuchJob()
    },
    openExport: async ({ jobId, index }) => {
      if (!capabilities.openPath) return fail('unsupported', 'Opening files is only available in the desktop app; download them instead.')
      const path = exportJobs.pathOf(jobId, index)
      if (!path) return noSuchJob()
      await capabilities.openPath(path)
      return ok(null)
    },
    readExportFile: async ({ jobId, index }) => {
      const path = exportJobs.pathOf(jobId, index)
      if (!path) return noSuchJob()
      const data = await readFile(path)
      return ok({ name: basename(path), mimeType: path.endsWith('.pdf') ? 'application/pdf' : path.endsWith('.csv') ? 'text/csv' : 'text/plain', base64: data.toString('base64') })
    },
  }

  const handlers = {} as Record<IpcMethod, (raw: unknown) => Promise<Result<unknown>>>
  for (const name of Object.keys(implementations) as IpcMethod[]) {
    const schema = IPC_CONTRACT[name].request
    const implementation = implementations[name] as (request: unknown) => Promise<Result<unknown>>
    handlers[name] = async (raw) => {
      const parsed = schema.safeParse(raw ?? {})
      if (!parsed.success) return fail('invalid-request', `Invalid request to ${name}: ${describeIssues(parsed.error)}.`)
      try {
        return await implementation(parsed.data)
      } catch (error) {
        deps.logError?.(error)
        return fail('internal', `Something went wrong in ${name}. Your saved work is untouched.`)
      }
    }
  }
  return handlers as IpcHandlers
}
