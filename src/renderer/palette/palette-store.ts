import { create } from 'zustand'

/** Whether the command palette is open; kept apart from the app's dialogs so it can sit over any screen. */
export const usePalette = create<{ open: boolean }>(() => ({ open: false }))

export const paletteActions = {
  open(): void {
    usePalette.setState({ open: true })
  },
  close(): void {
    usePalette.setState({ open: false })
  },
}
