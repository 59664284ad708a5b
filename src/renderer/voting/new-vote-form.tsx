import { nanoid } from 'nanoid'
import { useState } from 'react'
import { type VoteSubject, addVote, createVote, voteCandidates } from '../../core/voting/vote-edits'
import { sessionActions, useSessionStore } from '../state/workshop-session'
import { votingViewActions } from './voting-store'

const SUBJECTS: ReadonlyArray<{ id: VoteSubject; label: string; question: string }> = [
  { id: 'stakeholders', label: 'People on the map', question: 'Who do we engage first?' },
  { id: 'activities', label: 'Plan activities', question: 'Which activity do we start with?' },
]

/** The facilitator opens a vote: the question, what it is about, which options, how many dots each. */
export function NewVoteForm() {
  const workshop = useSessionStore((s) => s.session?.history.present)
  const [subject, setSubject] = useState<VoteSubject>('stakeholders')
  const [question, setQuestion] = useState(SUBJECTS[0]?.question ?? '')
  const [dots, setDots] = useState(3)
  // Options left out by the facilitator; everything else is in.
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set())
  if (!workshop) return null
  const candidates = voteCandidates(workshop, subject)
  const chosen = candidates.filter((c) => !excluded.has(c.id))
  const canCreate = question.trim().length > 0 && chosen.length > 0

  return (
    <form
      className="new-vote"
      aria-labelledby="new-vote-title"
      onSubmit={(event) => {
        event.preventDefault()
        if (!canCreate) return
        const vote = createVote({ question, subject, optionIds: chosen.map((c) => c.id), dotsPerPerson: dots }, nanoid(10), new Date())
        sessionActions.edit(`Open the vote “${vote.question}”`, (w) => addVote(w, vote))
        votingViewActions.show(vote.id)
      }}
    >
      <h2 id="new-vote-title">New dot vote</h2>
      <div className="field">
        <label htmlFor="vote-question">Question</label>
        <input id="vote-question" value={question} maxLength={200} onChange={(event) => setQuestion(event.target.value)} />
      </div>
      <fieldset className="field">
        <legend>Vote on</legend>
        <div className="segmented">
          {SUBJECTS.map((s) => (
            <button
              key={s.id}
              type="button"
              aria-pressed={subject === s.id}
              onClick={() => {
                // Keep a question the facilitator typed; swap only the suggested one.
                if (SUBJECTS.some((x) => x.question === question)) setQuestion(s.question)
                setSubject(s.id)
                setExcluded(new Set())
              }}
            >
              {s.label}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="field dots-field">
        <label htmlFor="vote-dots">Dots per person</label>
        <input id="vote-dots" type="number" min={1} max={20} value={dots} onChange={(event) => setDots(Math.min(20, Math.max(1, Number(event.target.value) || 1)))} />
      </div>
      <fieldset className="field">
        <legend>
          Options ({chosen.length} of {candidates.length})
        </legend>
        {candidates.length === 0 ? (
          <p className="hint">{subject === 'stakeholders' ? 'Nobody is on the map yet.' : 'The plan has no activities yet.'}</p>
        ) : (
          <ul className="vote-options-picker">
            {candidates.map((c) => (
              <li key={c.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={!excluded.has(c.id)}
                    onChange={(event) => {
                      const next = new Set(excluded)
                      if (event.target.checked) next.delete(c.id)
                      else next.add(c.id)
                      setExcluded(next)
                    }}
                  />
                  {c.label}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div className="modal-actions">
        {workshop.votes.length > 0 && (
          <button type="button" onClick={votingViewActions.cancelNew}>
            Cancel
          </button>
        )}
        <button type="submit" className="primary" disabled={!canCreate}>
          Open the vote
        </button>
      </div>
    </form>
  )
}
