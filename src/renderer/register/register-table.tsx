import type { KeyboardEvent } from 'react'
import { QUADRANTS, QUADRANT_IDS, type QuadrantId, quadrantCentre } from '../../core/map/quadrant'
import { type RegisterColumn, filterRegister, quadrantFilterOf, sortRegister } from '../../core/register/register-view'
import { ATTITUDES, ATTITUDE_INFO, type Attitude } from '../../core/workshop/attitude'
import type { Stakeholder } from '../../core/workshop/schema'
import { type StakeholderPatch, placeOnMap, removeFromMap, updateStakeholder } from '../../core/workshop/stakeholder-edits'
import { CommitInput } from '../common/commit-input'
import { sessionActions, useSessionStore } from '../state/workshop-session'
import { registerActions, useRegisterStore } from './register-store'

const COLUMNS: ReadonlyArray<{ id: RegisterColumn; label: string }> = [
  { id: 'name', label: 'Name' },
  { id: 'role', label: 'Role' },
  { id: 'unit', label: 'Business unit' },
  { id: 'kind', label: 'Kind' },
  { id: 'quadrant', label: 'Quadrant' },
  { id: 'attitude', label: 'Attitude' },
  { id: 'owner', label: 'Owner' },
  { id: 'tags', label: 'Tags' },
]

const EMPTY: readonly Stakeholder[] = []

const edit = (s: Stakeholder, label: string, patch: StakeholderPatch) => sessionActions.edit(`${label} of ${s.name}`, (w) => updateStakeholder(w, s.id, patch))

export const parseTags = (value: string): string[] => [...new Set(value.split(',').map((t) => t.trim().slice(0, 50)).filter(Boolean))].slice(0, 30)

/** Moves focus to the same column one row up or down, as in a spreadsheet. */
function moveFocus(event: KeyboardEvent<HTMLTableSectionElement>): void {
  const target = event.target as HTMLElement
  const down = event.key === 'ArrowDown' || event.key === 'Enter'
  if (!(event.key === 'ArrowUp' || down) || target.tagName !== 'INPUT') return
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
  const cell = target.closest('td')
  const row = cell?.parentElement
  const sibling = (down ? row?.nextElementSibling : row?.previousElementSibling) as HTMLTableRowElement | null | undefined
  const next = cell && sibling?.cells[cell.cellIndex]?.querySelector<HTMLElement>('input, select, button')
  if (!next) return
  event.preventDefault()
  // After this edit has rendered, so the field we leave does not commit twice.
  requestAnimationFrame(() => next.focus())
}

/** Every stakeholder in a table: sortable by any column, filtered by the bar above, each cell editable in place. */
export function RegisterTable() {
  const stakeholders = useSessionStore((s) => s.session?.history.present.stakeholders) ?? EMPTY
  const selectedId = useSessionStore((s) => s.session?.selectedId ?? null)
  const filter = useRegisterStore((s) => s.filter)
  const sort = useRegisterStore((s) => s.sort)
  const filtered = filterRegister(stakeholders, filter)
  const rows = sort ? sortRegister(filtered, sort.column, sort.direction) : filtered
  return (
    <div className="register-table-wrap">
      <table className="register-table" aria-label="Stakeholder register" data-testid="register-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const direction = sort?.column === c.id ? sort.direction : null
              return (
                <th key={c.id} scope="col" aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}>
                  <button type="button" className="sort-button" onClick={() => registerActions.toggleSort(c.id)}>
                    {c.label}
                    <span aria-hidden className="sort-mark">
                      {direction === 'asc' ? ' ▲' : direction === 'desc' ? ' ▼' : ''}
                    </span>
                  </button>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody onKeyDown={moveFocus}>
          {rows.map((s) => (
            <RegisterRow key={s.id} stakeholder={s} selected={s.id === selectedId} />
          ))}
        </tbody>
      </table>
      {rows.length === 0 && (
        <p className="register-empty" role="status">
          {stakeholders.length === 0 ? 'Nobody is in the register yet: import a spreadsheet, paste names or add people from the questions.' : 'Nobody matches these filters.'}
        </p>
      )}
    </div>
  )
}

function RegisterRow({ stakeholder: s, selected }: { stakeholder: Stakeholder; selected: boolean }) {
  const quadrant = quadrantFilterOf(s)
  const label = (what: string) => `${what} of ${s.name}`
  return (
    <tr aria-selected={selected} data-stakeholder-id={s.id} className={selected ? 'selected' : undefined} onFocus={() => sessionActions.select(s.id)} onClick={() => sessionActions.select(s.id)}>
      <td>
        <CommitInput aria-label={label('Name')} className="cell-name" value={s.name} maxLength={200} onCommit={(name) => name.trim() && edit(s, 'Rename', { name: name.trim() })} />
      </td>
      <td>
        <CommitInput aria-label={label('Role')} value={s.role} maxLength={200} onCommit={(role) => edit(s, 'Change role', { role: role.trim() })} />
      </td>
      <td>
        <CommitInput aria-label={label('Business unit')} value={s.unit} maxLength={200} onCommit={(unit) => edit(s, 'Change unit', { unit: unit.trim() })} />
      </td>
      <td>
        <select aria-label={label('Kind')} value={s.kind} onChange={(e) => edit(s, 'Change kind', { kind: e.target.value === 'group' ? 'group' : 'person' })}>
          <option value="person">Person</option>
          <option value="group">Group</option>
        </select>
      </td>
      <td>
        <select
          aria-label={label('Quadrant')}
          className={`quadrant-select q-${quadrant}`}
          value={quadrant}
          onChange={(e) => {
            const next = e.target.value
            if (next === 'unplaced') sessionActions.edit(`Take ${s.name} off the map`, (w) => removeFromMap(w, s.id))
            else sessionActions.edit(`Send ${s.name} to a quadrant`, (w) => placeOnMap(w, s.id, quadrantCentre(next as QuadrantId)))
          }}
        >
          <option value="unplaced">Not on the map</option>
          {QUADRANT_IDS.map((q) => (
            <option key={q} value={q}>
              {QUADRANTS[q].name}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select aria-label={label('Attitude')} value={s.attitude} onChange={(e) => edit(s, 'Change attitude', { attitude: e.target.value as Attitude })}>
          {ATTITUDES.map((a) => (
            <option key={a} value={a}>
              {ATTITUDE_INFO[a].label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <CommitInput aria-label={label('Owner')} value={s.owner} maxLength={200} onCommit={(owner) => edit(s, 'Change owner', { owner: owner.trim() })} />
      </td>
      <td>
        <CommitInput aria-label={label('Tags')} value={s.tags.join(', ')} onCommit={(value) => edit(s, 'Change tags', { tags: parseTags(value) })} />
      </td>
    </tr>
  )
}
