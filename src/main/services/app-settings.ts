import { Low } from 'lowdb'
import { z } from 'zod'
import { parseUntrustedJson } from '../../core/workshop/workshop-json'
import { writeFileAtomic } from './atomic-write'
import { type FileSystem, nodeFileSystem } from './durable-fs'

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean(),
})

const settingsSchema = z.object({
  /** Set once the first start has opened the sample, so deleting it later does not bring it back. */
  sampleOffered: z.boolean().default(false),
  lastOpenedFile: z.string().nullable().default(null),
  windowBounds: boundsSchema.nullable().default(null),
})

export type AppSettings = z.infer<typeof settingsSchema>
export type WindowBounds = z.infer<typeof boundsSchema>

/** Small per-user preferences, in a JSON file through lowdb; a damaged file falls back to defaults. */
export class AppSettingsStore {
  private readonly db: Low<AppSettings>

  private constructor(path: string, fs: FileSystem) {
    const defaults = settingsSchema.parse({})
    this.db = new Low<AppSettings>(
      {
        read: async () => {
          try {
            const parsed = settingsSchema.safeParse(parseUntrustedJson(await fs.readFile(path)))
            return parsed.success ? parsed.data : null
          } catch {
            return null
          }
        },
        write: async (data) => {
          const written = await writeFileAtomic(path, `${JSON.stringify(data, null, 2)}\n`, { fs })
          if (!written.ok) throw new Error(written.error.message)
        },
      },
      defaults,
    )
  }

  static async open(path: string, fs: FileSystem = nodeFileSystem): Promise<AppSettingsStore> {
    const store = new AppSettingsStore(path, fs)
    await store.db.read()
    return store
  }

  get current(): Readonly<AppSettings> {
    return this.db.data
  }

  /** Changes some settings and writes them; a failed write is not worth interrupting anyone for. */
  async update(patch: Partial<AppSettings>): Promise<void> {
    this.db.data = { ...this.db.data, ...patch }
    await this.db.write().catch(() => undefined)
  }
}
