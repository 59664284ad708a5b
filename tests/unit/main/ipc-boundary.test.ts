import { join } from 'node:path'
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { describe, expect, it } from 'vitest'
import { IPC_METHODS, type IpcMethod, ipcChannel } from '../../../src/core/ipc-contract'
import { type IpcHandlers, createIpcHandlers } from '../../../src/main/ipc-handlers'
import { AppSettingsStore } from '../../../src/main/services/app-settings'
import { WorkshopLibrary } from '../../../src/main/services/workshop-library'
import { registerIpcHandlers } from '../../../src/main/shell/ipc-main'
import { isTrustedSenderUrl } from '../../../src/main/shell/trusted-sender'
import { SAMPLE_PATH, useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const OWN_PAGE = 'file:///opt/Coalition/resources/app/out/renderer/index.html'
type Invoke = (event: Partial<IpcMainInvokeEvent>, raw: unknown) => Promise<unknown>

/** The real handlers behind the real registration wrapper, on a stand-in for ipcMain. */
async function register() {
  const dir = await tempDir()
  const library = await WorkshopLibrary.open({ dir: join(dir, 'Workshops'), samplePath: SAMPLE_PATH })
  const settings = await AppSettingsStore.open(join(dir, 'settings.json'))
  const real = createIpcHandlers({ library, settings, capabilities: { host: 'electron', version: 't', revealInFolder: () => undefined } })
  const reached: IpcMethod[] = []
  const spied = Object.fromEntries(
    IPC_METHODS.map((name) => [name, (raw: unknown) => (reached.push(name), (real[name] as (raw: unknown) => Promise<unknown>)(raw))]),
  ) as unknown as IpcHandlers
  const channels = new Map<string, Invoke>()
  const ipcMain = { handle: (channel: string, listener: Invoke) => void channels.set(channel, listener) } as unknown as IpcMain
  registerIpcHandlers(ipcMain, spied, (url) => isTrustedSenderUrl(url, OWN_PAGE))
  const invoke = (name: IpcMethod, senderUrl: string | null, raw: unknown) => {
    const listener = channels.get(ipcChannel(name))
    if (!listener) throw new Error(`${name} is not registered`)
    return listener({ senderFrame: senderUrl === null ? null : ({ url: senderUrl } as IpcMainInvokeEvent['senderFrame']) }, raw)
  }
  return { invoke, reached, channels }
}

const FOREIGN_SENDERS = [
  'https://evil.example/',
  'http://127.0.0.1:8080/',
  'file:///tmp/downloaded.html',
  'file:///opt/Coalition/resources/app/out/renderer/other.html',
  'devtools://devtools/bundled/inspector.html',
  'about:blank',
  '',
  null,
]

/** Requests no contract method accepts: wrong types, extra keys, prototype keys, oversized names. */
const WRONG_SHAPES: unknown[] = [
  42,
  'listWorkshops',
  true,
  [],
  [{ file: 'Plan.json' }],
  { unexpected: true },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  { file: 42, title: ['x'], fromSample: 'yes', trashFile: null, workshop: 'x', baseRevision: -1 },
  { file: `${'a'.repeat(300)}.json` },
]

describe('IPC boundary', () => {
  it('registers exactly the contract', async () => {
    const { channels } = await register()
    expect([...channels.keys()].sort()).toEqual(IPC_METHODS.map(ipcChannel).sort())
  })

  it.each(IPC_METHODS)('%s refuses every foreign sender before any handler runs', async (name) => {
    const { invoke, reached } = await register()
    for (const sender of FOREIGN_SENDERS) {
      expect(await invoke(name, sender, {}), String(sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
    expect(reached).toEqual([])
  })

  it.each(IPC_METHODS)('%s refuses requests of the wrong type from its own page', async (name) => {
    const { invoke } = await register()
    for (const bad of WRONG_SHAPES) {
      expect(await invoke(name, OWN_PAGE, bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('answers its own page', async () => {
    const { invoke } = await register()
    expect(await invoke('listWorkshops', OWN_PAGE, {})).toEqual({ ok: true, value: [] })
  })
})
