import { create } from 'zustand'
import { type History, record, redo, startHistory, undo } from '../../core/history'
import type { OpenedWorkshop } from '../../core/ipc-contract'
import type { Workshop } from '../../core/workshop/schema'
import { diffWorkshop, isUnchanged } from '../../core/workshop/workshop-changes'
import { type WorkshopStep, workshopSteps } from '../../core/workshop/workshop-history'
import { appActions } from './app-store'

export type SaveState = 'saved' | 'dirty' | 'saving' | 'failed' | 'conflict'

export interface OpenSession {
  file: string
  /** The revision of the file on disk that our next save builds on. */
  revision: number
  history: History<Workshop, WorkshopStep>
  /** The workshop as last written to disk, to tell whether there is anything left to save. */
  savedWorkshop: Workshop
  selectedId: string | null
  saving: boolean
  saveError: { kind: 'failed' | 'conflict'; message: string } | null
  lastSavedAt: string | null
  /** Another Coalition holds the file: edits are refused and nothing is saved. */
  readOnly: boolean
}

/** Where saving stands, derived from the session so it can never disagree with it. */
export function saveStateOf(session: OpenSession): SaveState {
  if (session.saveError) return session.saveError.kind
  if (session.saving) return 'saving'
  return session.history.present === session.savedWorkshop ? 'saved' : 'dirty'
}

interface SessionStore {
  session: OpenSession | null
}

/** The open workshop, its undo history and its save state. Null on the home screen. */
export const useSessionStore = create<SessionStore>(() => ({ session: null }))

const update = (change: (session: OpenSession) => OpenSession | null): void => {
  const { session } = useSessionStore.getState()
  if (session) useSessionStore.setState({ session: change(session) })
}

/** The current workshop; only call where a workshop is open. */
export function currentWorkshop(): Workshop {
  const { session } = useSessionStore.getState()
  if (!session) throw new Error('No workshop is open')
  return session.history.present
}

/**
 * Undo rebuilds a state from its steps as a new object; when that is the state on disk, the saved
 * object itself stands in, so the workshop reads as saved again and autosave has nothing to send.
 */
function asSavedWhenSame(history: History<Workshop, WorkshopStep>, saved: Workshop): History<Workshop, WorkshopStep> {
  return history.present !== saved && isUnchanged(diffWorkshop(saved, history.present)) ? { ...history, present: saved } : history
}

export const sessionActions = {
  load(opened: OpenedWorkshop): void {
    useSessionStore.setState({
      session: {
        file: opened.file,
        revision: opened.revision,
        history: startHistory(opened.workshop, workshopSteps),
        savedWorkshop: opened.workshop,
        selectedId: null,
        saving: false,
        saveError: null,
        lastSavedAt: opened.workshop.updatedAt,
        readOnly: opened.readOnly ?? false,
      },
    })
  },

  close(): void {
    useSessionStore.setState({ session: null })
  },

  /**
   * Applies a pure edit as one undoable step; an edit that changes nothing records nothing.
   * Edits given the same `coalesceKey` in quick succession (a held arrow key) share one step.
   * False when the workshop is read-only and the edit was refused.
   */
  edit(label: string, change: (workshop: Workshop) => Workshop, coalesceKey?: string): boolean {
    if (useSessionStore.getState().session?.readOnly) {
      appActions.notify({ kind: 'info', text: 'This workshop is open read-only because Coalition elsewhere is editing it. Choose Take over to edit it here.' })
      return false
    }
    const coalesce = coalesceKey === undefined ? undefined : { key: coalesceKey, at: performance.now() }
    update((s) => ({ ...s, history: record(s.history, change(s.history.present), label, { coalesce }) }))
    return true
  },

  undo(): void {
    update((s) => ({ ...s, history: asSavedWhenSame(undo(s.history), s.savedWorkshop) }))
  },

  redo(): void {
    update((s) => ({ ...s, history: asSavedWhenSame(redo(s.history), s.savedWorkshop) }))
  },

  select(id: string | null): void {
    update((s) => (s.selectedId === id ? s : { ...s, selectedId: id }))
  },

  /** After a rename the file has a new name and revision; the title changed on disk too. */
  renamed(file: string, revision: number, title: string): void {
    update((s) => {
      const retitle = (w: Workshop) => ({ ...w, title })
      const saved = retitle(s.savedWorkshop)
      // With nothing left to save, both stay one object, so the workshop still reads as saved.
      const present = s.history.present === s.savedWorkshop ? saved : retitle(s.history.present)
      return { ...s, file, revision, savedWorkshop: saved, history: { ...s.history, present, past: [], future: [] } }
    })
  },

  saveStarted(): void {
    update((s) => ({ ...s, saving: true }))
  },

  saveSucceeded(saved: Workshop, revision: number, savedAt: string): void {
    update((s) => ({ ...s, revision, savedWorkshop: saved, lastSavedAt: savedAt, saving: false, saveError: null }))
  },

  saveFailed(kind: 'failed' | 'conflict', message: string): void {
    update((s) => ({ ...s, saving: false, saveError: { kind, message } }))
  },
}

/** The selected stakeholder, if any. */
export function useSelectedStakeholder() {
  return useSessionStore((state) => {
    const session = state.session
    if (!session?.selectedId) return null
    return session.history.present.stakeholders.find((s) => s.id === session.selectedId) ?? null
  })
}
