import { type TextareaHTMLAttributes, useState } from 'react'

interface CommitTextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> {
  value: string
  /** Called once when the user leaves the field or presses Ctrl+Enter, not on every keystroke. */
  onCommit(value: string): void
}

/** A multi-line field whose edit becomes one undo step; Enter makes a new line, Escape reverts. */
export function CommitTextarea({ value, onCommit, ...rest }: CommitTextareaProps) {
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
  return (
    <textarea
      {...rest}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault()
          commit()
        } else if (event.key === 'Escape') {
          setDraft(value)
          event.currentTarget.blur()
        }
      }}
    />
  )
}
