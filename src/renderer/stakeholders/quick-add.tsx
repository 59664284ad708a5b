import { nanoid } from 'nanoid'
import { useState } from 'react'
import { addStakeholder, createStakeholder } from '../../core/workshop/stakeholder-edits'
import { sessionActions } from '../state/workshop-session'

/** Type a name, press Enter: the person joins the list of people not yet on the map. */
export function QuickAdd() {
  const [name, setName] = useState('')
  return (
    <form
      className="quick-add"
      onSubmit={(event) => {
        event.preventDefault()
        const trimmed = name.trim()
        if (!trimmed) return
        const stakeholder = createStakeholder({ name: trimmed }, nanoid(10), new Date())
        sessionActions.edit(`Add ${trimmed}`, (w) => addStakeholder(w, stakeholder))
        sessionActions.select(stakeholder.id)
        setName('')
      }}
    >
      <label htmlFor="quick-add-name">Add a stakeholder</label>
      <div className="quick-add-row">
        <input
          id="quick-add-name"
          data-quick-add
          value={name}
          maxLength={200}
          placeholder="Name, then Enter"
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" disabled={!name.trim()}>
          Add
        </button>
      </div>
    </form>
  )
}
