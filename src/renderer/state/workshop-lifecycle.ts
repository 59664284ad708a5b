import type { WorkshopSummary } from '../../core/ipc-contract'
import { api } from '../api/coalition-api'
import { askChoice } from '../common/choice-dialog'
import { askText } from '../common/prompt-dialog'
import { appActions } from './app-store'
import { startAutosave } from './autosave'
import { sessionActions, useSessionStore } from './workshop-session'

/** One autosave for the life of the page. */
export const autosave = startAutosave(api)

/** Problems with the file itself, for which the recovery screen offers its saved versions. */
const UNREADABLE = new Set(['not-a-workshop', 'newer-version', 'too-large'])

/**
 * Opens a workshop, saving and letting go of the one that is open first. A file that cannot be read
 * is never written: it opens the recovery screen. A file that Coalition elsewhere is editing opens
 * read-only or is taken over, as the user chooses.
 */
export async function openWorkshop(file: string, lock?: 'read-only' | 'take-over'): Promise<boolean> {
  await autosave.flush()
  const current = useSessionStore.getState().session?.file
  if (current && current !== file) await api.closeWorkshop({ file: current })
  const opened = await api.openWorkshop(lock ? { file, lock } : { file })
  if (!opened.ok && opened.error.code === 'locked') {
    const choice = await askChoice({
      title: 'Open in another Coalition',
      message: opened.error.message,
      choices: [
        { id: 'read-only', label: 'Open read-only', primary: true },
        { id: 'take-over', label: 'Take over' },
      ],
    })
    return choice ? openWorkshop(file, choice) : false
  }
  if (!opened.ok && UNREADABLE.has(opened.error.code)) {
    sessionActions.close()
    appActions.notify({ kind: 'error', text: `Could not open “${file}”. ${opened.error.message}` })
    appActions.showRecovery(file)
    return false
  }
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
  const file = useSessionStore.getState().session?.file
  if (file) await api.closeWorkshop({ file })
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

/** From read-only to editing: takes the file over from the Coalition that holds it. */
export async function takeOverWorkshop(): Promise<void> {
  const file = useSessionStore.getState().session?.file
  if (!file) return
  sessionActions.close()
  await openWorkshop(file, 'take-over')
}
