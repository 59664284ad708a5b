import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { type BrowserWindow, Menu, type OpenDialogOptions, app, dialog, ipcMain, screen, session, shell } from 'electron'
import type { MenuCommand } from '../core/app-actions'
import { MENU_ACTION_CHANNEL } from '../core/ipc-contract'
import { type IpcHandlers, createIpcHandlers } from './ipc-handlers'
import { APP_NAME, appRootFrom, resolveWorkshopsDir, samplePathIn } from './paths'
import { AppSettingsStore } from './services/app-settings'
import { restoreWindowBounds } from './services/window-bounds'
import { WorkshopLibrary } from './services/workshop-library'
import { registerIpcHandlers } from './shell/ipc-main'
import { buildMenuTemplate } from './shell/menu'
import { createMainWindow, lockDownContents } from './shell/secure-window'
import { isTrustedSenderUrl } from './shell/trusted-sender'

const here = dirname(fileURLToPath(import.meta.url))
const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(here, '../renderer/index.html')).href
let mainWindow: BrowserWindow | null = null
let openLibrary: WorkshopLibrary | null = null

app.setName(APP_NAME)

if (!app.requestSingleInstanceLock()) {
  // One writer per workshop file: a second launch hands over to the first window and quits.
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  // Lets go of the workshop lock files before quitting, so the next start or computer need not ask.
  app.on('window-all-closed', () => void (openLibrary?.closeAll() ?? Promise.resolve()).finally(() => app.quit()))
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, (url) => void shell.openExternal(url)))
  app.whenReady().then(start, (error: unknown) => {
    console.error('Coalition could not start:', error)
    app.quit()
  })
}

async function start(): Promise<void> {
  const userData = app.getPath('userData')
  const settings = await AppSettingsStore.open(join(userData, 'settings.json'))
  const library = await WorkshopLibrary.open({
    dir: resolveWorkshopsDir(process.argv, process.env, userData),
    samplePath: samplePathIn(app.isPackaged ? app.getAppPath() : appRootFrom(import.meta.url)),
    backupsDir: join(userData, 'Backups'),
  })
  openLibrary = library
  const handlers = createIpcHandlers({
    library,
    settings,
    capabilities: {
      host: 'electron',
      version: app.getVersion(),
      revealInFolder: (path) => shell.showItemInFolder(path),
      chooseExportFolder: async () => {
        const options: OpenDialogOptions = { title: 'Export to which folder?', buttonLabel: 'Export here', properties: ['openDirectory', 'createDirectory'] }
        const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options)
        return chosen.canceled ? null : (chosen.filePaths[0] ?? null)
      },
      openPath: async (path) => {
        const problem = await shell.openPath(path)
        if (problem) throw new Error(problem)
      },
    },
    logError: (error) => console.error(error),
  })

  // Only full screen, which presentation mode asks for; everything else stays denied.
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === 'fullscreen'))
  session.defaultSession.setPermissionCheckHandler(() => false)
  registerIpcHandlers(ipcMain, refreshMenuAfterChanges(handlers, library), (url) => isTrustedSenderUrl(url, rendererUrl))

  const bounds = restoreWindowBounds(settings.current.windowBounds, screen.getAllDisplays().map((d) => d.workArea))
  const window = createMainWindow(join(here, '../preload/index.cjs'), bounds)
  mainWindow = window
  if (bounds.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  window.on('close', () => {
    void settings.update({ windowBounds: { ...window.getNormalBounds(), maximized: window.isMaximized() } })
  })
  window.on('closed', () => {
    mainWindow = null
  })
  await refreshMenu(library)
  await window.loadURL(rendererUrl)
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_ACTION_CHANNEL, command)
}

async function refreshMenu(library: WorkshopLibrary): Promise<void> {
  const recent = (await library.list()).filter((w) => !w.problem)
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(recent, sendMenuCommand, process.platform)))
}

/** The Open Recent submenu follows every change to the folder's list of workshops. */
function refreshMenuAfterChanges(handlers: IpcHandlers, library: WorkshopLibrary): IpcHandlers {
  const changing = ['createWorkshop', 'openWorkshop', 'duplicateWorkshop', 'renameWorkshop', 'deleteWorkshop', 'restoreWorkshop', 'importWorkshopFile'] as const
  const wrapped = { ...handlers }
  for (const name of changing) {
    const original = handlers[name] as (raw: unknown) => Promise<unknown>
    ;(wrapped as Record<string, (raw: unknown) => Promise<unknown>>)[name] = async (raw) => {
      const result = await original(raw)
      await refreshMenu(library)
      return result
    }
  }
  return wrapped
}
