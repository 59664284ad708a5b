import { z } from 'zod'
import type { MenuCommand } from './app-actions'
import { BACKUP_ID_PATTERN } from './backups/retention'
import { EXPORT_KINDS } from './exports/export-files'
import type { SpreadsheetGrid } from './import/spreadsheet-grid'
import type { Result } from './result'
import { text, workshopSchema, type Workshop } from './workshop/schema'
import { workshopChangesSchema } from './workshop/workshop-changes'

/**
 * The one contract between the renderer and whichever host runs it (Electron main through the
 * preload bridge, or the browser host over HTTP). Each method names its request schema, which
 * every handler validates, and its response type. Channels on the wire are `coalition:<method>`.
 */

/** A workshop is addressed by its file name inside the workshops folder, never by a full path. */
export const workshopFileName = z
  .string()
  .min(6)
  .max(255)
  // eslint-disable-next-line no-control-regex
  .regex(/^[^/\\:*?"<>|\u0000-\u001F]+\.json$/, 'is not a workshop file name')
  .refine((name) => !name.startsWith('.') && name !== '..', 'is not a workshop file name')

export interface WorkshopSummary {
  file: string
  title: string
  organisation: string
  stakeholderCount: number
  updatedAt: string
  revision: number
  /** Set when the file could not be read; the other fields are then best guesses. */
  problem: string | null
}

export interface OpenedWorkshop {
  file: string
  workshop: Workshop
  revision: number
  /** Set when another Coalition holds the file and the user chose to look without editing. */
  readOnly?: boolean
}

export interface SaveReceipt {
  revision: number
  savedAt: string
}

export interface TrashedWorkshop {
  trashFile: string
  title: string
  deletedAt: string
}

export interface AppInfo {
  version: string
  host: 'electron' | 'browser'
  workshopsDir: string
  canRevealFiles: boolean
  /** Where the rolling backups of every save are kept; null where the host keeps none. */
  backupsDir?: string | null
}

/** One saved version of a workshop, kept outside the workshops folder. */
export interface BackupEntry {
  backupId: string
  savedAt: string
  revision: number
  title: string
  stakeholderCount: number
  /** Set when the backup itself cannot be read. */
  problem: string | null
}

export interface StartupInfo {
  /** The workshop to open straight away: the sample on first start, afterwards the last one open. */
  openFile: string | null
}

/** How far a background export has got, and what it wrote. */
export interface ExportJobStatus {
  state: 'running' | 'done' | 'failed'
  done: number
  /** 0 until the export knows how many files it will write. */
  total: number
  /** Where the files are, for display; the renderer opens them by job and index, never by path. */
  folder: string | null
  files: { name: string; bytes: number; description: string }[]
  error: string | null
}

export interface ExportedFileContent {
  name: string
  mimeType: string
  base64: string
}

/** 10 MB of file as base64: the spreadsheet reader refuses anything larger anyway. */
const MAX_SPREADSHEET_BASE64 = Math.ceil((10 * 1024 * 1024) / 3) * 4

const none = z.strictObject({})
const fileRef = z.strictObject({ file: workshopFileName })
const title = text(200).refine((s) => s.trim().length > 0, 'needs a title')
const backupRef = z.strictObject({ file: workshopFileName, backupId: z.string().max(40).regex(BACKUP_ID_PATTERN, 'is not a backup') })
/** How to open a file that another Coalition holds: look without editing, or take it over. */
const lockChoice = z.enum(['read-only', 'take-over'])

const exportJobRef = z.strictObject({ jobId: z.string().regex(/^[A-Za-z0-9_-]{8,32}$/, 'is not an export job') })
const exportFileIndex = z.number().int().min(0).max(10_000)

/** Declares a method: the response type is given explicitly, the request type comes from the schema. */
const method =
  <Response>() =>
  <Request extends z.ZodType>(request: Request) => ({ request, response: null as unknown as Response })

export const IPC_CONTRACT = {
  getAppInfo: method<AppInfo>()(none),
  getStartup: method<StartupInfo>()(none),
  listWorkshops: method<WorkshopSummary[]>()(none),
  createWorkshop: method<WorkshopSummary>()(z.strictObject({ title, fromSample: z.boolean() })),
  openWorkshop: method<OpenedWorkshop>()(z.strictObject({ file: workshopFileName, lock: lockChoice.optional() })),
  saveWorkshop: method<SaveReceipt>()(
    z.strictObject({ file: workshopFileName, baseRevision: z.number().int().min(0), workshop: workshopSchema }),
  ),
  /** Autosave: only what changed since `baseRevision` (see workshop-changes). */
  saveWorkshopChanges: method<SaveReceipt>()(
    z.strictObject({ file: workshopFileName, baseRevision: z.number().int().min(0), changes: workshopChangesSchema }),
  ),
  duplicateWorkshop: method<WorkshopSummary>()(fileRef),
  renameWorkshop: method<WorkshopSummary>()(z.strictObject({ file: workshopFileName, title })),
  deleteWorkshop: method<TrashedWorkshop>()(fileRef),
  listTrash: method<TrashedWorkshop[]>()(none),
  restoreWorkshop: method<WorkshopSummary>()(z.strictObject({ trashFile: workshopFileName })),
  importWorkshopFile: method<WorkshopSummary>()(
    z.strictObject({ fileName: text(255), content: z.string().max(64 * 1024 * 1024) }),
  ),
  revealWorkshop: method<null>()(fileRef),
  /** Lets go of the file so another window or computer can edit it. */
  closeWorkshop: method<null>()(fileRef),
  listBackups: method<BackupEntry[]>()(fileRef),
  /** Puts a backup back in place; whatever was in the file moves to the trash first. */
  restoreBackup: method<WorkshopSummary>()(backupRef),
  openBackupAsCopy: method<WorkshopSummary>()(backupRef),
  /** Starts writing PDFs (and the register) of the workshop as it is on screen; null when the user cancelled choosing a folder. */
  startExport: method<{ jobId: string | null }>()(z.strictObject({ workshop: workshopSchema, what: z.enum(EXPORT_KINDS) })),
  exportStatus: method<ExportJobStatus>()(exportJobRef),
  /** Opens a written file (index) or the export's folder (null) with the system; desktop only. */
  openExport: method<null>()(exportJobRef.extend({ index: exportFileIndex.nullable() })),
  /** A written file's bytes, so the browser host can offer it as a download. */
  readExportFile: method<ExportedFileContent>()(exportJobRef.extend({ index: exportFileIndex })),

  /** Reads a CSV or XLSX file the user picked (its bytes in base64) into rows of cells; nothing is stored. */
  readSpreadsheet: method<SpreadsheetGrid>()(
    z.strictObject({ fileName: text(255), data: z.base64().max(MAX_SPREADSHEET_BASE64), sheet: text(255).nullable() }),
  ),
} as const

export type IpcMethod = keyof typeof IPC_CONTRACT
export const IPC_METHODS = Object.keys(IPC_CONTRACT) as IpcMethod[]
export type IpcRequest<M extends IpcMethod> = z.input<(typeof IPC_CONTRACT)[M]['request']>
export type IpcParsedRequest<M extends IpcMethod> = z.output<(typeof IPC_CONTRACT)[M]['request']>
export type IpcResponse<M extends IpcMethod> = (typeof IPC_CONTRACT)[M]['response']

/** The channel name a method travels on. */
export const ipcChannel = (name: IpcMethod): string => `coalition:${name}`

/** Events the host pushes to the renderer. */
export const MENU_ACTION_CHANNEL = 'coalition:menu-action'

/** What the renderer sees, whichever host it runs in: one async method per contract entry. */
export type CoalitionApi = {
  [M in IpcMethod]: (request: IpcRequest<M>) => Promise<Result<IpcResponse<M>>>
} & {
  /** Subscribes to menu commands from the native menu; returns the unsubscribe function. */
  onMenuAction(listener: (command: MenuCommand) => void): () => void
}
