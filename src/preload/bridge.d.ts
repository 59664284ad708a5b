import type { CoalitionApi } from '../core/ipc-contract'

declare global {
  interface Window {
    /** Present when running inside the Electron shell; absent in the browser host. */
    coalition?: CoalitionApi
  }
}
