import { create } from 'zustand'

interface ExportDialogState {
  open: boolean
}

/** Whether the export dialog is showing; the action, the header button and the dialog share it. */
export const useExportDialog = create<ExportDialogState>(() => ({ open: false }))

export const exportDialogActions = {
  open: () => useExportDialog.setState({ open: true }),
  close: () => useExportDialog.setState({ open: false }),
}
