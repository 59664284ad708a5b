import type { CoalitionApi } from '../../core/ipc-contract'
import type { Workshop } from '../../core/workshop/schema'
import { diffWorkshop } from '../../core/workshop/workshop-changes'
import { sessionActions, useSessionStore } from './workshop-session'

export const AUTOSAVE_DELAY_MS = 600

/**
 * Saves the open workshop shortly after each change, one save at a time. A change made while a save
 * is running is saved right after it. A conflict stops autosave until the user decides. Each save
 * sends only what changed since the last one, so its cost follows the edit, not the workshop's size;
 * when the host does not hold that last version, the whole workshop is sent instead.
 */
export function startAutosave(api: Pick<CoalitionApi, 'saveWorkshop' | 'saveWorkshopChanges'>, delayMs = AUTOSAVE_DELAY_MS): { flush(): Promise<void>; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null
  let running: Promise<void> | null = null

  const needsSave = () => {
    const s = useSessionStore.getState().session
    return !!s && !s.readOnly && s.history.present !== s.savedWorkshop && s.saveError?.kind !== 'conflict'
  }

  const saveOnce = async (): Promise<void> => {
    const session = useSessionStore.getState().session
    if (!session || !needsSave()) return
    const workshop: Workshop = session.history.present
    const file = session.file
    sessionActions.saveStarted()
    // Where a save begins on a performance timeline (DevTools, and the bench's save figure).
    performance.mark('coalition:save')
    const base = { file, baseRevision: session.revision }
    let result = await api.saveWorkshopChanges({ ...base, changes: diffWorkshop(session.savedWorkshop, workshop) })
    if (!result.ok && result.error.code === 'out-of-step') result = await api.saveWorkshop({ ...base, workshop })
    if (useSessionStore.getState().session?.file !== file) return
    if (result.ok) sessionActions.saveSucceeded(workshop, result.value.revision, result.value.savedAt)
    // A file taken over elsewhere is like one changed elsewhere: stop and let the user reload.
    else sessionActions.saveFailed(result.error.code === 'conflict' || result.error.code === 'locked' ? 'conflict' : 'failed', result.error.message)
  }

  const run = async (): Promise<void> => {
    while (running) await running
    running = saveOnce().finally(() => {
      running = null
    })
    await running
    // Edits made during the save are saved next; after a failure the next edit or a retry tries again.
    if (needsSave() && !useSessionStore.getState().session?.saveError) schedule()
  }

  const schedule = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      void run()
    }, delayMs)
  }

  const unsubscribe = useSessionStore.subscribe((state, previous) => {
    const now = state.session
    const before = previous.session
    if (!now || now.history.present === before?.history.present || now.file !== before?.file) return
    if (needsSave()) schedule()
  })

  return {
    /** Saves now whatever is pending, e.g. before leaving the workshop or on a retry. */
    async flush() {
      if (timer) clearTimeout(timer)
      timer = null
      await run()
    },
    stop() {
      if (timer) clearTimeout(timer)
      unsubscribe()
    },
  }
}
