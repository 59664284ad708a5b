import type { TextareaHTMLAttributes } from 'react'
import { useCommitDraft } from './use-commit-draft'

interface CommitTextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> {
  value: string
  /** Called once when the user leaves the field or presses Ctrl+Enter, not on every keystroke. */
  onCommit(value: string): void
}

/** A multi-line field whose edit becomes one undo step; Enter makes a new line, Escape reverts. */
export function CommitTextarea({ value, onCommit, ...rest }: CommitTextareaProps) {
  const field = useCommitDraft<HTMLTextAreaElement>(
    value,
    onCommit,
    (event) => event.key === 'Enter' && (event.ctrlKey || event.metaKey),
  )
  return <textarea {...rest} {...field} />
}
