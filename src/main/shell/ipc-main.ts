import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { IPC_METHODS, ipcChannel } from '../../core/ipc-contract'
import { fail } from '../../core/result'
import type { IpcHandlers } from '../ipc-handlers'

/** Registers every contract method; the sender is checked once, here, before any handler runs. */
export function registerIpcHandlers(ipcMain: IpcMain, handlers: IpcHandlers, isTrusted: (senderUrl: string | undefined) => boolean): void {
  for (const name of IPC_METHODS) {
    const handler = handlers[name] as (raw: unknown) => Promise<unknown>
    ipcMain.handle(ipcChannel(name), (event: IpcMainInvokeEvent, raw: unknown) => {
      if (!isTrusted(event.senderFrame?.url)) return fail('forbidden', 'This message did not come from the Coalition window.')
      return handler(raw)
    })
  }
}
