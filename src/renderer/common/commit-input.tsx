import { type InputHTMLAttributes, useState } from 'react'

interface CommitInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string
  /** Called once when the user finishes (Enter or leaving the field), not on every keystroke. */
  onCommit(value: string): void
}

/** A text field whose edit becomes one undo step: Enter or blur commits, Escape reverts. */
export function CommitInput({ value, onCommit, ...rest }: CommitInputProps) {
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
    <input
      {...rest}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
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
