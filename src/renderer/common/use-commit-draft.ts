import { type KeyboardEvent, useState } from 'react'

/**
 * The draft behind a field whose edit becomes one undo step: keystrokes change only the draft,
 * `commit` hands it over once when it differs, and Escape (via `onKeyDown`) reverts and leaves.
 * `isCommitKey` says which key commits (Enter for one line, Ctrl+Enter for several).
 */
export function useCommitDraft<E extends HTMLInputElement | HTMLTextAreaElement>(
  value: string,
  onCommit: (value: string) => void,
  isCommitKey: (event: KeyboardEvent<E>) => boolean,
) {
  const [draft, setDraft] = useState(value)
  const [shown, setShown] = useState(value)
  // An undo or another edit changed the value underneath: show it instead of the stale draft.
  if (value !== shown) {
    setShown(value)
    setDraft(value)
  }
  const commit = () => {
    if (draft !== value) onCommit(draft)
  }
  return {
    value: draft,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown: (event: KeyboardEvent<E>) => {
      if (isCommitKey(event)) {
        event.preventDefault()
        commit()
      } else if (event.key === 'Escape') {
        setDraft(value)
        event.currentTarget.blur()
      }
    },
  }
}
