import { type CoalitionApi, IPC_METHODS } from '../../core/ipc-contract'
import { fail } from '../../core/result'

const TOKEN_HEADER = 'x-coalition-token'

/**
 * The host's API, whichever host runs us: the Electron preload bridge if present, otherwise the
 * browser host's HTTP endpoint with the session token that host wrote into the page.
 */
function connect(): CoalitionApi {
  if (window.coalition) return window.coalition
  const token = document.querySelector<HTMLMetaElement>('meta[name="coalition-host-token"]')?.content ?? ''
  const methods = Object.fromEntries(
    IPC_METHODS.map((name) => [
      name,
      async (request: unknown) => {
        try {
          const response = await fetch(`/api/${name}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
            body: JSON.stringify(request),
          })
          return await response.json()
        } catch {
          return fail('io', 'Lost contact with the Coalition host. Is it still running?')
        }
      },
    ]),
  )
  return { ...methods, onMenuAction: () => () => undefined } as unknown as CoalitionApi
}

export const api: CoalitionApi = connect()
