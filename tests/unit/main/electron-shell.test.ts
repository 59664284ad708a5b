import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'

// The built main process, loaded with a stand-in for Electron (its binary cannot run on build machines).
const BUILT_MAIN = resolve('out/main/index.js')

interface Listener {
  (...args: unknown[]): unknown
}

const stub = vi.hoisted(() => ({
  windows: [] as Array<{ options: Record<string, unknown>; loaded: string | null }>,
  contentsListeners: {} as Record<string, Listener>,
  appListeners: {} as Record<string, Listener>,
  windowOpenHandler: null as ((details: { url: string }) => unknown) | null,
  ipcHandlers: new Map<string, Listener>(),
  opened: [] as string[],
  userData: '',
  permissionHandler: null as ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
}))

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { send: () => undefined }
    constructor(options: Record<string, unknown>) {
      stub.windows.push({ options, loaded: null })
    }
    loadURL(url: string) {
      const last = stub.windows.at(-1)
      if (last) last.loaded = url
      return Promise.resolve()
    }
    once() {}
    on() {}
    maximize() {}
    show() {}
  }
  const app = {
    setName: () => undefined,
    requestSingleInstanceLock: () => true,
    on: (event: string, listener: Listener) => {
      stub.appListeners[event] = listener
      return app
    },
    whenReady: () => Promise.resolve(),
    getPath: () => stub.userData,
    getAppPath: () => resolve('.'),
    isPackaged: false,
    getVersion: () => '0.1.0',
    quit: () => undefined,
  }
  const electron = {
    app,
    BrowserWindow,
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => undefined },
    ipcMain: { handle: (channel: string, handler: Listener) => void stub.ipcHandlers.set(channel, handler) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: typeof stub.permissionHandler) => {
          stub.permissionHandler = handler
        },
        setPermissionCheckHandler: () => undefined,
      },
    },
    shell: { openExternal: (url: string) => void stub.opened.push(url), showItemInFolder: () => undefined },
  }
  return { ...electron, default: electron }
})

describe('Electron shell (built main process)', () => {
  beforeAll(async () => {
    if (!existsSync(BUILT_MAIN)) throw new Error('Run `npm run build` first: this test loads out/main/index.js')
    stub.userData = await mkdtemp(join(tmpdir(), 'coalition-shell-'))
    process.env.COALITION_WORKSHOPS_DIR = join(stub.userData, 'Workshops')
    await import(/* @vite-ignore */ BUILT_MAIN)
    await vi.waitFor(() => expect(stub.windows[0]?.loaded).toBeTruthy())
    // Every web contents the app creates gets locked down; hand it a fake one to inspect.
    stub.appListeners['web-contents-created']?.(
      {},
      {
        on: (event: string, listener: Listener) => (stub.contentsListeners[event] = listener),
        setWindowOpenHandler: (handler: typeof stub.windowOpenHandler) => (stub.windowOpenHandler = handler),
      },
    )
  })

  it('opens one window with an isolated, sandboxed renderer without Node', () => {
    expect(stub.windows).toHaveLength(1)
    const prefs = stub.windows[0]?.options.webPreferences as Record<string, unknown>
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.disableBlinkFeatures).toBe('Auxclick')
  })

  it('points at a preload script that exists in the build output', () => {
    const prefs = stub.windows[0]?.options.webPreferences as { preload: string }
    expect(prefs.preload).toBe(resolve('out/preload/index.cjs'))
    expect(existsSync(prefs.preload)).toBe(true)
  })

  it('loads the built renderer from disk, not from the network', () => {
    expect(stub.windows[0]?.loaded).toMatch(/^file:\/\/.*\/out\/renderer\/index\.html$/)
  })

  it('denies navigation and new windows, opening only web links in the browser', () => {
    const preventDefault = vi.fn()
    stub.contentsListeners['will-navigate']?.({ preventDefault }, 'https://example.com')
    expect(preventDefault).toHaveBeenCalled()
    expect(stub.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(stub.windowOpenHandler?.({ url: 'https://example.com/help' })).toEqual({ action: 'deny' })
    expect(stub.opened).toEqual(['https://example.com/help'])
  })

  it('denies every permission request', () => {
    const callback = vi.fn()
    stub.permissionHandler?.({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
  })

  it('registers every contract method on its own channel', async () => {
    const { IPC_METHODS, ipcChannel } = await import('../../../src/core/ipc-contract')
    expect([...stub.ipcHandlers.keys()].sort()).toEqual(IPC_METHODS.map(ipcChannel).sort())
  })

  it('answers only its own page: any other sender is refused before a handler runs', async () => {
    const list = stub.ipcHandlers.get('coalition:listWorkshops')
    const own = stub.windows[0]?.loaded ?? ''
    expect(await list?.({ senderFrame: { url: own } }, {})).toMatchObject({ ok: true })
    for (const url of ['https://evil.example/', 'file:///tmp/other.html', undefined]) {
      expect(await list?.({ senderFrame: url ? { url } : null }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
  })

  it('keeps backups in the user-data folder and lets go of workshop locks when the last window closes', async () => {
    const own = { senderFrame: { url: stub.windows[0]?.loaded ?? '' } }
    const call = (name: string, request: unknown) => stub.ipcHandlers.get(`coalition:${name}`)?.(own, request) as Promise<{ ok: boolean; value: never }>
    const info = await call('getAppInfo', {})
    expect(info.value).toMatchObject({ backupsDir: join(stub.userData, 'Backups') })
    const created = await call('createWorkshop', { title: 'Locked', fromSample: false })
    expect(created.ok).toBe(true)
    expect((await call('openWorkshop', { file: 'Locked.json' })).ok).toBe(true)
    const lock = join(stub.userData, 'Workshops', '.Locked.json.coalition-lock')
    expect(existsSync(lock)).toBe(true)
    stub.appListeners['window-all-closed']?.()
    await vi.waitFor(() => expect(existsSync(lock)).toBe(false))
  })
})
