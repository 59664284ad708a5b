import type { WorkshopSummary } from '../../core/ipc-contract'
import { api } from '../api/coalition-api'
import { askText } from '../common/prompt-dialog'
import { appActions } from './app-store'
import { startAutosave } from './autosave'
import { sessionActions, useSessionStore } from './workshop-session'

/** One autosave for the life of the page. */
export const autosave = startAutosave(api)

/** Opens a workshop, saving the one that is open first. A file that cannot be read is never written. */
export async function openWorkshop(file: string): Promise<boolean> {
  await autosave.flush()
  const opened = await api.openWorkshop({ file })
  if (!opened.ok) {
    appActions.notify({ kind: 'error', text: `Could not open “${file}”. ${opened.error.message}` })
    return false
  }
  sessionActions.load(opened.value)
  appActions.notify(null)
  appActions.showSection('map')
  appActions.show('workshop')
  return true
}

export async function goHome(): Promise<void> {
  await autosave.flush()
  sessionActions.close()
  appActions.show('home')
}

export async function createWorkshop(fromSample: boolean): Promise<void> {
  const title = await askText({
    title: fromSample ? 'New workshop from the sample' : 'New workshop',
    label: 'Workshop title',
    initial: fromSample ? 'Sample workshop' : '',
    confirm: 'Create',
  })
  if (!title) return
  const created = await api.createWorkshop({ title, fromSample })
  if (created.ok) await openWorkshop(created.value.file)
  else appActions.notify({ kind: 'error', text: created.error.message })
}

export async function renameWorkshop(summary: Pick<WorkshopSummary, 'file' | 'title'>): Promise<WorkshopSummary | null> {
  const title = await askText({ title: 'Rename workshop', label: 'New title', initial: summary.title, confirm: 'Rename' })
  if (!title || title === summary.title) return null
  const isOpen = useSessionStore.getState().session?.file === summary.file
  if (isOpen) await autosave.flush()
  const renamed = await api.renameWorkshop({ file: summary.file, title })
  if (!renamed.ok) {
    appActions.notify({ kind: 'error', text: renamed.error.message })
    return null
  }
  if (isOpen) sessionActions.renamed(renamed.value.file, renamed.value.revision, renamed.value.title)
  return renamed.value
}

export async function duplicateWorkshop(file: string): Promise<WorkshopSummary | null> {
  if (useSessionStore.getState().session?.file === file) await autosave.flush()
  const copy = await api.duplicateWorkshop({ file })
  if (!copy.ok) {
    appActions.notify({ kind: 'error', text: copy.error.message })
    return null
  }
  appActions.notify({ kind: 'info', text: `Made a copy: “${copy.value.title}”.` })
  return copy.value
}

/** Adds a copy of a workshop file the user picked and opens it. */
export async function importWorkshopFile(file: File): Promise<void> {
  const content = await file.text()
  const imported = await api.importWorkshopFile({ fileName: file.name.slice(0, 255), content })
  if (imported.ok) await openWorkshop(imported.value.file)
  else appActions.notify({ kind: 'error', text: `Could not open “${file.name}”. ${imported.error.message}` })
}

/** Reloads the open workshop from disk, dropping unsaved edits (after a conflict). */
export async function reloadWorkshop(): Promise<void> {
  const file = useSessionStore.getState().session?.file
  if (!file) return
  sessionActions.close()
  await openWorkshop(file)
}
