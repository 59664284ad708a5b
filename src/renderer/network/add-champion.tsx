import { nanoid } from 'nanoid'
import { useState } from 'react'
import { addChampion, championCandidates, createChampion, createChampionFromStakeholder } from '../../core/network/network-edits'
import { todayIso } from '../common/today'
import { currentWorkshop, sessionActions, useSessionStore } from '../state/workshop-session'
import { networkViewActions } from './network-store'
import { UnitOptions } from './unit-options'

/** Two ways in: pick one of the stakeholders, or type a name and unit. New champions start as identified. */
export function AddChampion() {
  const workshop = useSessionStore((s) => s.session?.history.present)
  const [picked, setPicked] = useState('')
  const [name, setName] = useState('')
  const [unit, setUnit] = useState('')
  if (!workshop) return null
  const candidates = championCandidates(workshop)

  const addPicked = () => {
    const stakeholder = currentWorkshop().stakeholders.find((s) => s.id === picked)
    if (!stakeholder) return
    const champion = createChampionFromStakeholder(stakeholder, nanoid(10), todayIso())
    sessionActions.edit(`Add ${champion.name} as a champion`, (w) => addChampion(w, champion))
    networkViewActions.select(champion.id)
    setPicked('')
  }
  const addNamed = () => {
    if (!name.trim()) return
    const champion = createChampion({ name, unit }, nanoid(10), todayIso())
    sessionActions.edit(`Add ${champion.name} as a champion`, (w) => addChampion(w, champion))
    networkViewActions.select(champion.id)
    setName('')
    setUnit('')
  }

  return (
    <div className="add-champion">
      <form
        onSubmit={(event) => {
          event.preventDefault()
          addPicked()
        }}
      >
        <label htmlFor="champion-pick">Champion from the stakeholders</label>
        <div className="inline-row">
          <select id="champion-pick" value={picked} onChange={(event) => setPicked(event.target.value)}>
            <option value="">Choose someone…</option>
            {candidates.map((s) => (
              <option key={s.id} value={s.id}>
                {s.unit ? `${s.name} · ${s.unit}` : s.name}
              </option>
            ))}
          </select>
          <button type="submit" disabled={!picked}>
            Add
          </button>
        </div>
      </form>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          addNamed()
        }}
      >
        <label htmlFor="champion-name">Or someone new</label>
        <div className="inline-row">
          <input id="champion-name" value={name} maxLength={200} placeholder="Name" autoComplete="off" onChange={(event) => setName(event.target.value)} />
          <input aria-label="Business unit of the new champion" value={unit} maxLength={200} placeholder="Business unit" list="network-units" autoComplete="off" onChange={(event) => setUnit(event.target.value)} />
          <button type="submit" disabled={!name.trim()}>
            Add
          </button>
        </div>
      </form>
      <UnitOptions />
    </div>
  )
}
