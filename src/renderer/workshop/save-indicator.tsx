import { format } from 'date-fns'
import { autosave, reloadWorkshop, takeOverWorkshop } from '../state/workshop-lifecycle'
import { saveStateOf, useSessionStore } from '../state/workshop-session'

/** Always visible: whether the workshop on disk matches what is on screen. */
export function SaveIndicator() {
  const state = useSessionStore((s) => (s.session ? saveStateOf(s.session) : null))
  const message = useSessionStore((s) => s.session?.saveError?.message)
  const savedAt = useSessionStore((s) => s.session?.lastSavedAt)
  const readOnly = useSessionStore((s) => s.session?.readOnly ?? false)
  if (!state) return null
  if (readOnly) {
    return (
      <div className="save-indicator read-only" role="status" data-testid="save-indicator" data-state="read-only" title="Coalition elsewhere is editing this workshop">
        <span className="save-dot" aria-hidden />
        Read-only
        <button type="button" onClick={() => void takeOverWorkshop()}>
          Take over
        </button>
      </div>
    )
  }
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
