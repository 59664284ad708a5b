import { create } from 'zustand'

export type Screen = 'home' | 'workshop' | 'recovery'
export type AppDialog = 'shortcuts' | 'about' | null

export interface Notice {
  kind: 'error' | 'info'
  text: string
}

interface AppState {
  screen: Screen
  /** Which section of the open workshop is showing. */
  section: string
  notice: Notice | null
  dialog: AppDialog
  /** The workshop file whose saved versions the recovery screen shows. */
  recoveryFile: string | null
}

/** Navigation and app-wide messages; the workshop itself lives in the session store. */
export const useAppStore = create<AppState>(() => ({ screen: 'home', section: 'map', notice: null, dialog: null, recoveryFile: null }))

export const appActions = {
  show(screen: Screen): void {
    useAppStore.setState({ screen })
  },
  showRecovery(file: string): void {
    useAppStore.setState({ screen: 'recovery', recoveryFile: file })
  },
  showSection(section: string): void {
    useAppStore.setState({ section })
  },
  notify(notice: Notice | null): void {
    useAppStore.setState({ notice })
  },
  openDialog(dialog: AppDialog): void {
    useAppStore.setState({ dialog })
  },
}
