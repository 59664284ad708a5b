import { useRef } from 'react'
import { updateStakeholder } from '../../core/workshop/stakeholder-edits'
import { CommitInput } from '../common/commit-input'
import { useDialogOpen } from '../common/use-dialog-open'
import { sessionActions, useSelectedStakeholder } from '../state/workshop-session'
import { AttitudePicker } from '../stakeholders/attitude-picker'
import { presentationActions, usePresentation } from './presentation-store'

/**
 * Enter on the map while presenting: change the selected person's attitude (and name, when names
 * are shown). Only what the room already sees; private fields stay out of presentation mode.
 */
export function PresentationEditDialog() {
  const editing = usePresentation((s) => s.editing)
  const names = usePresentation((s) => s.names)
  const person = useSelectedStakeholder()
  const ref = useRef<HTMLDialogElement>(null)
  const open = editing && person !== null
  useDialogOpen(ref, open)
  return (
    <dialog ref={ref} className="modal presentation-edit" aria-labelledby="presentation-edit-title" onClose={() => presentationActions.setEditing(false)}>
      {person && (
        <>
          <h2 id="presentation-edit-title">{names === 'full' ? `Edit ${person.name}` : 'Edit the selected person'}</h2>
          {names === 'full' && (
            <div className="field">
              <label htmlFor="presentation-name">Name</label>
              <CommitInput
                id="presentation-name"
                value={person.name}
                maxLength={200}
                onCommit={(name) => name.trim() && sessionActions.edit(`Rename ${person.name}`, (w) => updateStakeholder(w, person.id, { name: name.trim() }))}
              />
            </div>
          )}
          <AttitudePicker value={person.attitude} onPick={(a) => sessionActions.edit(`Change attitude of ${person.name}`, (w) => updateStakeholder(w, person.id, { attitude: a }))} />
          <div className="modal-actions">
            <button type="button" className="primary" onClick={() => ref.current?.close()} autoFocus={names !== 'full'}>
              Done
            </button>
          </div>
        </>
      )}
    </dialog>
  )
}
