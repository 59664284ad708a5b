import { format } from 'date-fns'
import { nanoid } from 'nanoid'
import { useState } from 'react'
import { formatShortDate } from '../../core/exports/format'
import { MENTORING_STATUSES, MENTORING_STATUS_CATALOG } from '../../core/leaders/catalog'
import { addMentoring, addMentoringLog, createMentoring, removeMentoring, removeMentoringLog, updateMentoring } from '../../core/leaders/leader-edits'
import type { Mentoring } from '../../core/leaders/schema'
import type { Workshop } from '../../core/workshop/schema'
import { CommitInput } from '../common/commit-input'
import { CommitTextarea } from '../common/commit-textarea'
import { sessionActions } from '../state/workshop-session'
import { sortedLeaders } from './leader-list'
import { STAKEHOLDER_NAMES_LIST, nameOf, useWorkshop } from './use-workshop'

/** A mentor typed by name is linked to the stakeholder of that name when there is exactly one. */
function mentorFrom(workshop: Workshop, typed: string): { stakeholderId: string | null; name: string } {
  const name = typed.trim()
  const matches = workshop.stakeholders.filter((s) => s.name.trim().toLowerCase() === name.toLowerCase())
  return matches.length === 1 && matches[0] ? { stakeholderId: matches[0].id, name: matches[0].name } : { stakeholderId: null, name }
}

/** Reverse mentoring: a digitally fluent colleague paired with a leader, with focus, cadence, status and a log. */
export function MentoringPanel() {
  const workshop = useWorkshop()
  const pairs = workshop.leadership.mentoring
  return (
    <div className="mentoring">
      <NewPair workshop={workshop} />
      {pairs.length === 0 && <p className="hint">No pairs yet. Pair a leader with a colleague who is at home with the new tools and ways of working.</p>}
      {pairs.map((pair) => (
        <PairCard key={pair.id} workshop={workshop} pair={pair} />
      ))}
    </div>
  )
}

function NewPair({ workshop }: { workshop: Workshop }) {
  const leaders = sortedLeaders(workshop)
  const [leaderId, setLeaderId] = useState('')
  const [mentor, setMentor] = useState('')
  const leader = leaders.some((l) => l.stakeholderId === leaderId) ? leaderId : ''
  if (leaders.length === 0) return <p className="hint">Mark leaders first; then pair each with a mentor here.</p>
  return (
    <form
      className="new-pair"
      aria-label="New mentoring pair"
      onSubmit={(event) => {
        event.preventDefault()
        if (!leader || !mentor.trim()) return
        const pair = createMentoring(nanoid(10), leader, mentorFrom(workshop, mentor))
        sessionActions.edit(`Pair ${pair.mentorName} with ${nameOf(workshop, leader)}`, (w) => addMentoring(w, pair))
        setMentor('')
      }}
    >
      <div className="field">
        <label htmlFor="pair-leader">Leader</label>
        <select id="pair-leader" value={leader} onChange={(e) => setLeaderId(e.target.value)}>
          <option value="">Choose a leader…</option>
          {leaders.map((l) => (
            <option key={l.stakeholderId} value={l.stakeholderId}>
              {nameOf(workshop, l.stakeholderId)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="pair-mentor">Mentor</label>
        <input
          id="pair-mentor"
          list={STAKEHOLDER_NAMES_LIST}
          value={mentor}
          maxLength={200}
          placeholder="A stakeholder or any name"
          autoComplete="off"
          onChange={(e) => setMentor(e.target.value)}
        />
      </div>
      <button type="submit" className="primary" disabled={!leader || !mentor.trim()}>
        Pair them
      </button>
    </form>
  )
}

function PairCard({ workshop, pair }: { workshop: Workshop; pair: Mentoring }) {
  const leaderName = nameOf(workshop, pair.leaderId)
  const title = `${pair.mentorName || 'Mentor'} mentors ${leaderName}`
  const edit = (label: string, change: (w: Workshop) => Workshop) => sessionActions.edit(`${label} (${title})`, change)
  const [logText, setLogText] = useState('')
  const [logDate, setLogDate] = useState(() => format(new Date(), 'yyyy-MM-dd'))
  return (
    <section className="pair-card" aria-label={title} data-pair={pair.id}>
      <header>
        <h3>
          {pair.mentorName || 'Mentor'} <span className="pair-arrow">→</span> {leaderName}
        </h3>
        <button type="button" className="danger" onClick={() => edit('Remove pair', (w) => removeMentoring(w, pair.id))}>
          Remove pair
        </button>
      </header>
      <div className="pair-fields">
        <div className="field">
          <label htmlFor={`mentor-${pair.id}`}>Mentor</label>
          <CommitInput
            id={`mentor-${pair.id}`}
            list={STAKEHOLDER_NAMES_LIST}
            value={pair.mentorName}
            maxLength={200}
            onCommit={(typed) => {
              const mentor = mentorFrom(workshop, typed)
              if (mentor.name) edit('Change mentor', (w) => updateMentoring(w, pair.id, { mentorName: mentor.name, mentorStakeholderId: mentor.stakeholderId }))
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`cadence-${pair.id}`}>Cadence</label>
          <CommitInput
            id={`cadence-${pair.id}`}
            value={pair.cadence}
            maxLength={200}
            placeholder="e.g. every second Friday"
            onCommit={(cadence) => edit('Change cadence', (w) => updateMentoring(w, pair.id, { cadence: cadence.trim() }))}
          />
        </div>
        <div className="field wide">
          <label htmlFor={`focus-${pair.id}`}>Focus</label>
          <CommitTextarea
            id={`focus-${pair.id}`}
            rows={2}
            value={pair.focus}
            maxLength={5000}
            placeholder="What the leader wants to learn to do"
            onCommit={(focus) => edit('Change focus', (w) => updateMentoring(w, pair.id, { focus: focus.trim() }))}
          />
        </div>
        <fieldset className="field wide">
          <legend>Status</legend>
          <div className="segmented">
            {MENTORING_STATUSES.map((status) => (
              <button
                key={status}
                type="button"
                aria-pressed={pair.status === status}
                title={MENTORING_STATUS_CATALOG[status].description}
                onClick={() => edit(`Mark ${MENTORING_STATUS_CATALOG[status].label.toLowerCase()}`, (w) => updateMentoring(w, pair.id, { status }))}
              >
                {MENTORING_STATUS_CATALOG[status].label}
              </button>
            ))}
          </div>
        </fieldset>
      </div>
      <h4>Log</h4>
      {pair.log.length > 0 ? (
        <ol className="pair-log">
          {pair.log.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.date}>{formatShortDate(entry.date)}</time>
              <span>{entry.text}</span>
              <button type="button" className="icon-button" aria-label={`Remove log entry of ${entry.date}`} onClick={() => edit('Remove log entry', (w) => removeMentoringLog(w, pair.id, entry.id))}>
                ✕
              </button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="hint">Nothing logged yet.</p>
      )}
      <form
        className="log-add"
        onSubmit={(event) => {
          event.preventDefault()
          if (!logText.trim() || !logDate) return
          edit('Log a session', (w) => addMentoringLog(w, pair.id, { id: nanoid(10), date: logDate, text: logText }))
          setLogText('')
        }}
      >
        <input type="date" aria-label="Date of the log entry" value={logDate} required onChange={(e) => setLogDate(e.target.value)} />
        <input aria-label="What happened" value={logText} maxLength={5000} placeholder="What you did or learnt, then Enter" onChange={(e) => setLogText(e.target.value)} />
        <button type="submit" disabled={!logText.trim() || !logDate}>
          Add
        </button>
      </form>
    </section>
  )
}
