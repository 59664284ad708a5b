import { format } from 'date-fns'
import { autosave, reloadWorkshop } from '../state/workshop-lifecycle'
import { saveStateOf, useSessionStore } from '../state/workshop-session'

/** Always visible: whether the workshop on disk matches what is on screen. */
export function SaveIndicator() {
  const state = useSessionStore((s) => (s.session ? saveStateOf(s.session) : null))
  const message = useSessionStore((s) => s.session?.saveError?.message)
  const savedAt = useSessionStore((s) => s.session?.lastSavedAt)
  if (!state) return null
  const text = {
    saved: `Saved${savedAt ? ` ${format(new Date(savedAt), 'HH:mm')}` : ''}`,
    dirty: 'Unsaved changes',
    saving: 'Saving…',
    failed: 'Not saved',
    conflict: 'Changed elsewhere',
  }[state]
  return (
    <div className={`save-indicator ${state}`} role="status" aria-live="polite" data-testid="save-indicator" data-state={state} title={message ?? undefined}>
      <span className="save-dot" aria-hidden />
      {text}
      {state === 'failed' && (
        <button type="button" onClick={() => void autosave.flush()}>
          Retry
        </button>
      )}
      {state === 'conflict' && (
        <button type="button" onClick={() => void reloadWorkshop()}>
          Reload
        </button>
      )}
    </div>
  )
}
