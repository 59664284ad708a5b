import { nanoid } from 'nanoid'
import { useState } from 'react'
import { LEADER_LEVEL_CATALOG, TACTIC_CATALOG, WORK_STATUS_CATALOG } from '../../core/leaders/catalog'
import { addTactic, createTactic, removeTactic, setLeaderLevel, unmarkLeader, updateTactic } from '../../core/leaders/leader-edits'
import { LEADER_LEVELS, LEADER_TACTICS, type Leader, type LeaderLevel, type LeaderTactic, WORK_STATUSES, type WorkStatus } from '../../core/leaders/schema'
import type { Workshop } from '../../core/workshop/schema'
import { CommitInput } from '../common/commit-input'
import { sessionActions } from '../state/workshop-session'
import { STAKEHOLDER_NAMES_LIST, nameOf, useWorkshop } from './use-workshop'

/** Leaders first by level (executives on top), then in the order they were marked. */
export function sortedLeaders(workshop: Workshop): Leader[] {
  return LEADER_LEVELS.flatMap((level) => workshop.leadership.leaders.filter((l) => l.level === level))
}

/** Mark stakeholders as leaders and choose, for each, the tactics with owner, date and status. */
export function LeaderList() {
  const workshop = useWorkshop()
  const leaders = sortedLeaders(workshop)
  return (
    <div className="leaders-list">
      <MarkLeader workshop={workshop} />
      {leaders.length === 0 && (
        <p className="hint">
          {workshop.stakeholders.length === 0
            ? 'Leaders are chosen from the stakeholders: add people on the Map first.'
            : 'Nobody is marked as a leader yet. Pick the executives and managers whose backing this change needs.'}
        </p>
      )}
      {leaders.map((leader) => (
        <LeaderCard key={leader.stakeholderId} workshop={workshop} leader={leader} />
      ))}
    </div>
  )
}

function MarkLeader({ workshop }: { workshop: Workshop }) {
  const candidates = workshop.stakeholders.filter((s) => !workshop.leadership.leaders.some((l) => l.stakeholderId === s.id))
  const [chosen, setChosen] = useState('')
  const id = candidates.some((c) => c.id === chosen) ? chosen : ''
  const mark = (level: LeaderLevel) => {
    if (!id) return
    sessionActions.edit(`Mark ${nameOf(workshop, id)} as a leader`, (w) => setLeaderLevel(w, id, level))
    setChosen('')
  }
  return (
    <form className="mark-leader" onSubmit={(event) => event.preventDefault()} aria-label="Mark a leader">
      <label htmlFor="mark-leader-person">Mark a stakeholder as a leader</label>
      <div className="row">
        <select id="mark-leader-person" value={id} onChange={(event) => setChosen(event.target.value)}>
          <option value="">Choose someone…</option>
          {candidates.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
              {s.role ? ` — ${s.role}` : ''}
            </option>
          ))}
        </select>
        {LEADER_LEVELS.map((level) => (
          <button key={level} type="button" disabled={!id} onClick={() => mark(level)} title={LEADER_LEVEL_CATALOG[level].description}>
            As {LEADER_LEVEL_CATALOG[level].label.toLowerCase()}
          </button>
        ))}
      </div>
    </form>
  )
}

function LeaderCard({ workshop, leader }: { workshop: Workshop; leader: Leader }) {
  const person = workshop.stakeholders.find((s) => s.id === leader.stakeholderId)
  const name = person?.name ?? 'Someone removed'
  const sid = leader.stakeholderId
  const pairs = workshop.leadership.mentoring.filter((m) => m.leaderId === sid).length
  const edit = (label: string, change: (w: Workshop) => Workshop) => sessionActions.edit(`${label} (${name})`, change)
  const add = (tactic: LeaderTactic) => edit(`Add ${TACTIC_CATALOG[tactic].label}`, (w) => addTactic(w, sid, createTactic(tactic, nanoid(10))))
  return (
    <section className="leader-card" aria-label={name} data-leader={sid} id={`leader-${sid}`}>
      <header>
        <div>
          <h3>{name}</h3>
          {person?.role && <p className="leader-role">{person.role}</p>}
        </div>
        <div className="segmented" role="group" aria-label={`Level of ${name}`}>
          {LEADER_LEVELS.map((level) => (
            <button key={level} type="button" aria-pressed={leader.level === level} onClick={() => edit('Change level', (w) => setLeaderLevel(w, sid, level))}>
              {LEADER_LEVEL_CATALOG[level].label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="danger"
          title={pairs ? `Also removes ${pairs} reverse-mentoring pair${pairs === 1 ? '' : 's'}; commitments keep their signatures` : 'Commitments keep their signatures'}
          onClick={() => edit('No longer a leader', (w) => unmarkLeader(w, sid))}
        >
          Not a leader
        </button>
      </header>
      {leader.tactics.length > 0 && (
        <table className="tactic-table">
          <thead>
            <tr>
              <th scope="col">Tactic</th>
              <th scope="col">Owner</th>
              <th scope="col">Date</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {leader.tactics.map((entry) => {
              const label = TACTIC_CATALOG[entry.tactic].label
              return (
                <tr key={entry.id} data-tactic={entry.tactic}>
                  <th scope="row">
                    {label}
                    <span className="tactic-description">{TACTIC_CATALOG[entry.tactic].description}</span>
                  </th>
                  <td>
                    <CommitInput
                      aria-label={`Owner of ${label}`}
                      list={STAKEHOLDER_NAMES_LIST}
                      value={entry.owner}
                      maxLength={200}
                      placeholder="Who makes it happen"
                      onCommit={(owner) => edit(`Change owner of ${label}`, (w) => updateTactic(w, sid, entry.id, { owner: owner.trim() }))}
                    />
                  </td>
                  <td>
                    <input
                      type="date"
                      aria-label={`Date of ${label}`}
                      value={entry.date ?? ''}
                      onChange={(event) => edit(`Change date of ${label}`, (w) => updateTactic(w, sid, entry.id, { date: event.target.value || null }))}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={`Status of ${label}`}
                      className={`status status-${entry.status}`}
                      value={entry.status}
                      onChange={(event) => edit(`Change status of ${label}`, (w) => updateTactic(w, sid, entry.id, { status: event.target.value as WorkStatus }))}
                    >
                      {WORK_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {WORK_STATUS_CATALOG[s].label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button type="button" className="icon-button" aria-label={`Remove ${label}`} onClick={() => edit(`Remove ${label}`, (w) => removeTactic(w, sid, entry.id))}>
                      ✕
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <label className="add-tactic">
        <span>Add a tactic</span>
        <select
          aria-label={`Add a tactic for ${name}`}
          value=""
          onChange={(event) => {
            const tactic = LEADER_TACTICS.find((t) => t === event.target.value)
            if (tactic) add(tactic)
          }}
        >
          <option value="">Choose from the catalog…</option>
          {LEADER_TACTICS.map((t) => (
            <option key={t} value={t} title={TACTIC_CATALOG[t].description}>
              {TACTIC_CATALOG[t].label}
              {leader.tactics.some((e) => e.tactic === t) ? ' (already chosen)' : ''}
            </option>
          ))}
        </select>
      </label>
    </section>
  )
}
