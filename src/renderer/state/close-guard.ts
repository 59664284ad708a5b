import { appActions } from './app-store'
import { autosave } from './workshop-lifecycle'
import { saveStateOf, useSessionStore } from './workshop-session'

/**
 * Keeps the window open until pending edits are on disk: a close during the autosave delay saves
 * first and then closes. When saving fails, the first close explains and the second one discards.
 */
export function installCloseGuard(): () => void {
  let warnedAbout: string | null = null
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    const session = useSessionStore.getState().session
    if (!session) return
    const state = saveStateOf(session)
    if (state === 'saved') return
    if (state === 'dirty' || state === 'saving') {
      event.preventDefault()
      void autosave.flush().then(() => {
        const after = useSessionStore.getState().session
        if (!after || saveStateOf(after) === 'saved') window.close()
      })
      return
    }
    const reason = session.saveError?.message ?? ''
    if (warnedAbout === reason) return
    warnedAbout = reason
    event.preventDefault()
    appActions.notify({ kind: 'error', text: `Your latest changes are not saved. ${reason} Close again to discard them.` })
  }
  window.addEventListener('beforeunload', onBeforeUnload)
  return () => window.removeEventListener('beforeunload', onBeforeUnload)
}
