import { contextBridge, ipcRenderer } from 'electron'
import type { MenuCommand } from '../core/app-actions'
import { type CoalitionApi, IPC_METHODS, MENU_ACTION_CHANNEL, ipcChannel } from '../core/ipc-contract'

/** One method per contract entry; the renderer never sees ipcRenderer itself. */
const api = Object.fromEntries(
  IPC_METHODS.map((name) => [name, (request: unknown) => ipcRenderer.invoke(ipcChannel(name), request)]),
) as Omit<CoalitionApi, 'onMenuAction'>

const bridge: CoalitionApi = {
  ...api,
  onMenuAction(listener) {
    const forward = (_event: unknown, command: MenuCommand) => listener(command)
    ipcRenderer.on(MENU_ACTION_CHANNEL, forward)
    return () => {
      ipcRenderer.removeListener(MENU_ACTION_CHANNEL, forward)
    }
  },
}

contextBridge.exposeInMainWorld('coalition', bridge)
