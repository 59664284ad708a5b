import type { InputHTMLAttributes } from 'react'
import { useCommitDraft } from './use-commit-draft'

interface CommitInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string
  /** Called once when the user finishes (Enter or leaving the field), not on every keystroke. */
  onCommit(value: string): void
}

/** A text field whose edit becomes one undo step: Enter or blur commits, Escape reverts. */
export function CommitInput({ value, onCommit, ...rest }: CommitInputProps) {
  const field = useCommitDraft<HTMLInputElement>(value, onCommit, (event) => event.key === 'Enter')
  return <input {...rest} {...field} />
}
