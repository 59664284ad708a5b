import { nanoid } from 'nanoid'
import { LEADER_LEVEL_CATALOG, TACTIC_CATALOG, WORK_STATUS_CATALOG } from '../../core/leaders/catalog'
import { addTactic, createTactic, tacticCell, updateTactic } from '../../core/leaders/leader-edits'
import { LEADER_TACTICS, type WorkStatus } from '../../core/leaders/schema'
import { sessionActions } from '../state/workshop-session'
import { sortedLeaders } from './leader-list'
import { nameOf, useWorkshop } from './use-workshop'

const NEXT_STATUS: Record<WorkStatus, WorkStatus> = { planned: 'in-progress', 'in-progress': 'done', done: 'planned' }
const STATUS_MARK: Record<WorkStatus, string> = { planned: '○', 'in-progress': '◐', done: '●' }

/**
 * Leaders against tactics at a glance. A click on an empty cell takes the tactic on (planned);
 * a click on a taken one moves its least advanced entry to the next status.
 */
export function TacticMatrix() {
  const workshop = useWorkshop()
  const leaders = sortedLeaders(workshop)
  if (leaders.length === 0) return <p className="hint">Mark leaders first; the overview then shows who takes on which tactic.</p>
  return (
    <div className="matrix-wrap">
      <table className="tactic-matrix">
        <caption className="visually-hidden">Leaders against tactics</caption>
        <thead>
          <tr>
            <th scope="col">Leader</th>
            {LEADER_TACTICS.map((t) => (
              <th key={t} scope="col" title={TACTIC_CATALOG[t].description}>
                {TACTIC_CATALOG[t].label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {leaders.map((leader) => {
            const name = nameOf(workshop, leader.stakeholderId)
            return (
              <tr key={leader.stakeholderId}>
                <th scope="row">
                  {name}
                  <span className="matrix-level">{LEADER_LEVEL_CATALOG[leader.level].label}</span>
                </th>
                {LEADER_TACTICS.map((tactic) => {
                  const cell = tacticCell(leader, tactic)
                  const label = TACTIC_CATALOG[tactic].label
                  const first = cell.entries.find((e) => e.status === cell.status)
                  if (!cell.status || !first) {
                    return (
                      <td key={tactic}>
                        <button
                          type="button"
                          className="matrix-cell empty"
                          aria-label={`${name}: take on ${label}`}
                          onClick={() =>
                            sessionActions.edit(`Add ${label} (${name})`, (w) => addTactic(w, leader.stakeholderId, createTactic(tactic, nanoid(10))))
                          }
                        >
                          +
                        </button>
                      </td>
                    )
                  }
                  const status = cell.status
                  const next = NEXT_STATUS[status]
                  const details = [first.owner && `Owner: ${first.owner}`, first.date && `Date: ${first.date}`].filter(Boolean).join(' · ')
                  return (
                    <td key={tactic}>
                      <button
                        type="button"
                        className={`matrix-cell status-${status}`}
                        aria-label={`${name}: ${label} is ${WORK_STATUS_CATALOG[status].label.toLowerCase()}; mark ${WORK_STATUS_CATALOG[next].label.toLowerCase()}`}
                        title={details || undefined}
                        onClick={() =>
                          sessionActions.edit(`Mark ${label} ${WORK_STATUS_CATALOG[next].label.toLowerCase()} (${name})`, (w) =>
                            updateTactic(w, leader.stakeholderId, first.id, { status: next }),
                          )
                        }
                      >
                        <span aria-hidden="true">{STATUS_MARK[status]}</span> {WORK_STATUS_CATALOG[status].label}
                        {cell.entries.length > 1 && <span className="matrix-count"> ×{cell.entries.length}</span>}
                      </button>
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Leaders</th>
            {LEADER_TACTICS.map((tactic) => (
              <td key={tactic} className="matrix-total">
                {leaders.filter((l) => l.tactics.some((t) => t.tactic === tactic)).length}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      <p className="hint matrix-legend">
        {STATUS_MARK.planned} Planned · {STATUS_MARK['in-progress']} In progress · {STATUS_MARK.done} Done. Click an empty cell to take a tactic on, a filled one to move it
        to the next status.
      </p>
    </div>
  )
}
