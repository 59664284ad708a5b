import { nanoid } from 'nanoid'
import { useState } from 'react'
import { QUADRANTS, quadrantOf } from '../../core/map/quadrant'
import { addNote, removeNote, setDesiredPosition } from '../../core/register/register-edits'
import { IDENTIFICATION_QUESTIONS, IDENTIFICATION_QUESTION_IDS, type IdentificationQuestionId } from '../../core/workshop/identification'
import type { Stakeholder, StakeholderNote } from '../../core/workshop/schema'
import { updateStakeholder } from '../../core/workshop/stakeholder-edits'
import { runAction } from '../actions/action-handlers'
import { CommitInput } from '../common/commit-input'
import { sessionActions, useSelectedStakeholder } from '../state/workshop-session'

const NOTE_KINDS: ReadonlyArray<{ id: StakeholderNote['kind']; label: string; plural: string }> = [
  { id: 'priority', label: 'Priority', plural: 'Priorities' },
  { id: 'concern', label: 'Concern', plural: 'Concerns' },
  { id: 'note', label: 'Note', plural: 'Notes' },
]

const today = () => new Date().toISOString().slice(0, 10)

/** The person behind the row: which question surfaced them, where we want them, and their dated priorities and concerns. */
export function StakeholderProfile() {
  const stakeholder = useSelectedStakeholder()
  if (!stakeholder) {
    return (
      <aside className="profile empty" aria-label="Stakeholder profile">
        <p className="hint">Select someone to see their priorities, concerns and where we want them to be.</p>
      </aside>
    )
  }
  return <Profile key={stakeholder.id} stakeholder={stakeholder} />
}

function Profile({ stakeholder: s }: { stakeholder: Stakeholder }) {
  const desired = s.desired
  const setDesired = (patch: Partial<{ influence: number; interest: number }>) => {
    const base = desired ?? s.position ?? { influence: 50, interest: 50 }
    sessionActions.edit(`Change desired position of ${s.name}`, (w) => setDesiredPosition(w, s.id, { ...base, ...patch }))
  }
  return (
    <aside className="profile" aria-label="Stakeholder profile" data-testid="stakeholder-profile">
      <h2 className="profile-name">{s.name}</h2>
      <p className="hint">
        {[s.role, s.unit].filter(Boolean).join(' · ') || 'No role or unit yet'}
        {s.position && ` · ${QUADRANTS[quadrantOf(s.position)].name}`}
      </p>
      <div className="field">
        <label htmlFor="profile-surfaced">Named when asking</label>
        <select
          id="profile-surfaced"
          value={s.surfacedBy ?? ''}
          onChange={(e) => sessionActions.edit(`Change question of ${s.name}`, (w) => updateStakeholder(w, s.id, { surfacedBy: (e.target.value || null) as IdentificationQuestionId | null }))}
        >
          <option value="">No question</option>
          {IDENTIFICATION_QUESTION_IDS.map((q) => (
            <option key={q} value={q}>
              {IDENTIFICATION_QUESTIONS[q]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field desired">
        <legend>Desired position</legend>
        {desired ? (
          <div className="desired-row">
            <ScoreInput label="Influence" value={desired.influence} onCommit={(influence) => setDesired({ influence })} />
            <ScoreInput label="Interest" value={desired.interest} onCommit={(interest) => setDesired({ interest })} />
            <span className="quadrant-badge small" style={{ borderColor: QUADRANTS[quadrantOf(desired)].accent, color: QUADRANTS[quadrantOf(desired)].accent }}>
              {QUADRANTS[quadrantOf(desired)].name}
            </span>
            <button type="button" onClick={() => sessionActions.edit(`Clear desired position of ${s.name}`, (w) => setDesiredPosition(w, s.id, null))}>
              Clear
            </button>
          </div>
        ) : (
          <button type="button" onClick={() => setDesired({})}>
            Set a desired position
          </button>
        )}
      </fieldset>
      {NOTE_KINDS.map((kind) => (
        <NoteList key={kind.id} stakeholder={s} kind={kind.id} title={kind.plural} />
      ))}
      <AddNote stakeholder={s} />
      <div className="profile-actions">
        {/* The same action as the Delete key: one undo step, and the selection cleared. */}
        <button type="button" className="danger" aria-keyshortcuts="Delete" onClick={() => runAction({ actionId: 'edit.delete' })}>
          Delete {s.name}
        </button>
      </div>
    </aside>
  )
}

function ScoreInput({ label, value, onCommit }: { label: string; value: number; onCommit(value: number): void }) {
  return (
    <label className="score-input">
      <span>{label}</span>
      <CommitInput
        type="number"
        min={0}
        max={100}
        step={1}
        value={String(Math.round(value))}
        onCommit={(text) => {
          const n = Number(text)
          if (text.trim() !== '' && Number.isFinite(n)) onCommit(Math.min(100, Math.max(0, n)))
        }}
      />
    </label>
  )
}

function NoteList({ stakeholder: s, kind, title }: { stakeholder: Stakeholder; kind: StakeholderNote['kind']; title: string }) {
  const notes = s.notes.filter((n) => n.kind === kind).sort((a, b) => b.date.localeCompare(a.date))
  return (
    <section className="note-list" aria-label={title}>
      <h3>
        {title} <span className="count">{notes.length}</span>
      </h3>
      {notes.length > 0 && (
        <ul className="chip-list">
          {notes.map((n) => (
            <li key={n.id}>
              <time dateTime={n.date}>{n.date}</time>
              <span className="note-text">{n.text}</span>
              <button type="button" className="small" aria-label={`Remove ${kind} from ${n.date}`} onClick={() => sessionActions.edit(`Remove a ${kind} of ${s.name}`, (w) => removeNote(w, s.id, n.id))}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function AddNote({ stakeholder: s }: { stakeholder: Stakeholder }) {
  const [kind, setKind] = useState<StakeholderNote['kind']>('priority')
  const [date, setDate] = useState(today)
  const [text, setText] = useState('')
  return (
    <form
      className="add-note"
      onSubmit={(event) => {
        event.preventDefault()
        if (!text.trim() || !date) return
        sessionActions.edit(`Add a ${kind} for ${s.name}`, (w) => addNote(w, s.id, { id: nanoid(10), date, kind, text: text.trim() }))
        setText('')
      }}
    >
      <h3>Add a dated note</h3>
      <div className="add-note-row">
        <select aria-label="Kind of note" value={kind} onChange={(e) => setKind(e.target.value as StakeholderNote['kind'])}>
          {NOTE_KINDS.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </select>
        <input type="date" aria-label="Date" value={date} required onChange={(e) => setDate(e.target.value)} />
      </div>
      <textarea aria-label="Note text" value={text} maxLength={5000} rows={3} onChange={(e) => setText(e.target.value)} placeholder="What matters to them, or what worries them" />
      <button type="submit" disabled={!text.trim()}>
        Add note
      </button>
    </form>
  )
}
