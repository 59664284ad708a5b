import { QUADRANTS, QUADRANT_IDS } from '../../core/map/quadrant'
import { type QuadrantFilter, filterRegister, registerFacets } from '../../core/register/register-view'
import { ATTITUDES, ATTITUDE_INFO, type Attitude } from '../../core/workshop/attitude'
import type { Stakeholder } from '../../core/workshop/schema'
import { useSessionStore } from '../state/workshop-session'
import { registerActions, useRegisterStore } from './register-store'

const EMPTY: readonly Stakeholder[] = []
/** A select's value for "any"; units may be the empty string, so they are keyed with a prefix. */
const ANY = '*'
const unitKey = (unit: string) => `u:${unit}`

/** Search and the four filters above the register, with how many people they leave. */
export function RegisterFilters() {
  const stakeholders = useSessionStore((s) => s.session?.history.present.stakeholders) ?? EMPTY
  const filter = useRegisterStore((s) => s.filter)
  const { units, tags } = registerFacets(stakeholders)
  const shown = filterRegister(stakeholders, filter).length
  const active = filter.search || filter.quadrant || filter.unit !== null || filter.attitude || filter.tag
  return (
    <div className="register-filters" role="search">
      <label className="filter search">
        <span>Search</span>
        <input type="search" aria-label="Search the register" value={filter.search} placeholder="Name, role, unit, notes…" onChange={(e) => registerActions.setFilter({ search: e.target.value })} />
      </label>
      <label className="filter">
        <span>Quadrant</span>
        <select aria-label="Filter by quadrant" value={filter.quadrant ?? ANY} onChange={(e) => registerActions.setFilter({ quadrant: e.target.value === ANY ? null : (e.target.value as QuadrantFilter) })}>
          <option value={ANY}>All</option>
          {QUADRANT_IDS.map((q) => (
            <option key={q} value={q}>
              {QUADRANTS[q].name}
            </option>
          ))}
          <option value="unplaced">Not on the map</option>
        </select>
      </label>
      <label className="filter">
        <span>Unit</span>
        <select aria-label="Filter by unit" value={filter.unit === null ? ANY : unitKey(filter.unit)} onChange={(e) => registerActions.setFilter({ unit: e.target.value === ANY ? null : e.target.value.slice(2) })}>
          <option value={ANY}>All</option>
          {units.map((u) => (
            <option key={u} value={unitKey(u)}>
              {u || '(no unit)'}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>Attitude</span>
        <select aria-label="Filter by attitude" value={filter.attitude ?? ANY} onChange={(e) => registerActions.setFilter({ attitude: e.target.value === ANY ? null : (e.target.value as Attitude) })}>
          <option value={ANY}>All</option>
          {ATTITUDES.map((a) => (
            <option key={a} value={a}>
              {ATTITUDE_INFO[a].label}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span>Tag</span>
        <select aria-label="Filter by tag" value={filter.tag ?? ANY} onChange={(e) => registerActions.setFilter({ tag: e.target.value === ANY ? null : e.target.value })}>
          <option value={ANY}>All</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <p className="filter-count" data-testid="register-count" aria-live="polite">
        {active ? `${shown} of ${stakeholders.length}` : `${stakeholders.length} ${stakeholders.length === 1 ? 'stakeholder' : 'stakeholders'}`}
      </p>
      {active && (
        <button type="button" onClick={registerActions.clearFilter}>
          Clear filters
        </button>
      )}
    </div>
  )
}
