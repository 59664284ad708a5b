import { nanoid } from 'nanoid'
import { useState } from 'react'
import type { DotVote } from '../../core/voting/schema'
import {
  MAX_DOTS_PER_PERSON,
  type VoteParticipant,
  addParticipant,
  closeVote,
  dotsUsed,
  optionLabel,
  participantsWithDotsLeft,
  removeParticipant,
  removeVote,
  reopenVote,
  revealVote,
  setDots,
  setDotsPerPerson,
  setQuestion,
  tally,
} from '../../core/voting/vote-edits'
import type { Workshop } from '../../core/workshop/schema'
import { CommitInput } from '../common/commit-input'
import { sessionActions } from '../state/workshop-session'
import { votingViewActions, useVotingView } from './voting-store'

const SUBJECT_NAMES: Record<DotVote['subject'], string> = { stakeholders: 'people on the map', activities: 'plan activities' }

/** Filled and empty dots, e.g. ●●○ for two of three placed. */
function DotRow({ used, total }: { used: number; total: number }) {
  return (
    <span className="dot-row" aria-hidden>
      {Array.from({ length: total }, (_, i) => (
        <span key={i} className={i < used ? 'vote-dot used' : 'vote-dot'} />
      ))}
    </span>
  )
}

/** One vote: who takes part, each person's dots entered in private, and the tallies once revealed. */
export function VoteDetail({ workshop, vote }: { workshop: Workshop; vote: DotVote }) {
  const ballotFor = useVotingView((s) => s.ballotFor)
  const open = vote.closedAt === null
  const ballot = vote.participants.find((p) => p.id === ballotFor) ?? null
  const placed = vote.participants.reduce((sum, p) => sum + dotsUsed(p), 0)
  const waiting = participantsWithDotsLeft(vote)
  const label = (optionId: string) => optionLabel(workshop, vote.subject, optionId)

  return (
    <article className="vote-detail" aria-labelledby="vote-question-heading" data-testid="vote-detail">
      <header className="vote-header">
        <h2 id="vote-question-heading" className="visually-hidden">
          {vote.question}
        </h2>
        <CommitInput
          className="vote-question"
          aria-label="Question"
          value={vote.question}
          maxLength={200}
          disabled={!open}
          onCommit={(q) => sessionActions.edit('Change the question', (w) => setQuestion(w, vote.id, q))}
        />
        <p className="vote-meta">
          On {SUBJECT_NAMES[vote.subject]} · {vote.optionIds.length} options ·{' '}
          {open ? (
            <label className="dots-each">
              <CommitInput
                type="number"
                min={1}
                max={MAX_DOTS_PER_PERSON}
                value={String(vote.dotsPerPerson)}
                onCommit={(value) => Number(value) > 0 && sessionActions.edit('Change the dots per person', (w) => setDotsPerPerson(w, vote.id, Number(value)))}
              />{' '}
              dots each
            </label>
          ) : (
            `${vote.dotsPerPerson} dots each`
          )}{' '}
          · <strong>{!open ? 'closed' : vote.revealed ? 'revealed' : 'tallies hidden'}</strong>
        </p>
      </header>

      <section className="vote-participants" aria-labelledby="participants-heading">
        <h3 id="participants-heading">
          Participants <span className="count">{vote.participants.length}</span>
        </h3>
        {open && <AddParticipant voteId={vote.id} />}
        <ul className="participant-list" data-testid="participants">
          {vote.participants.map((p) => (
            <li key={p.id} className={p.id === ballotFor ? 'active' : undefined}>
              <span className="participant-name">{p.name || 'Unnamed'}</span>
              <DotRow used={dotsUsed(p)} total={vote.dotsPerPerson} />
              <span className="participant-progress">
                {dotsUsed(p)} of {vote.dotsPerPerson} placed
              </span>
              {open && (
                <>
                  <button type="button" onClick={() => votingViewActions.openBallot(p.id === ballotFor ? null : p.id)} aria-pressed={p.id === ballotFor}>
                    {p.id === ballotFor ? 'Done' : `Enter dots for ${p.name || 'this person'}`}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={`Remove ${p.name || 'this participant'}`}
                    onClick={() => sessionActions.edit(`Remove ${p.name} from the vote`, (w) => removeParticipant(w, vote.id, p.id))}
                  >
                    ×
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>

      {open && ballot && <Ballot vote={vote} participant={ballot} label={label} />}

      <section className="vote-results" aria-labelledby="results-heading">
        <h3 id="results-heading">Result</h3>
        {vote.revealed ? (
          <Results vote={vote} label={label} />
        ) : (
          <div className="results-hidden" data-testid="results-hidden">
            <p>
              The tallies are hidden so nobody follows the crowd. {placed} {placed === 1 ? 'dot' : 'dots'} placed by {vote.participants.length}{' '}
              {vote.participants.length === 1 ? 'person' : 'people'}
              {waiting.length > 0 ? `; still to vote: ${waiting.map((p) => p.name || 'unnamed').join(', ')}.` : '.'}
            </p>
            <button type="button" className="primary" onClick={() => sessionActions.edit('Reveal the tallies', (w) => revealVote(w, vote.id))}>
              Reveal the tallies
            </button>
          </div>
        )}
      </section>

      <footer className="vote-actions">
        {open ? (
          <button type="button" onClick={() => sessionActions.edit('Close the vote', (w) => closeVote(w, vote.id, new Date()))}>
            Close the vote
          </button>
        ) : (
          <button type="button" onClick={() => sessionActions.edit('Reopen the vote', (w) => reopenVote(w, vote.id))}>
            Reopen the vote
          </button>
        )}
        <button
          type="button"
          className="danger"
          onClick={() => {
            sessionActions.edit(`Delete the vote “${vote.question}”`, (w) => removeVote(w, vote.id))
            votingViewActions.show(null)
          }}
        >
          Delete the vote
        </button>
      </footer>
    </article>
  )
}

function AddParticipant({ voteId }: { voteId: string }) {
  const [name, setName] = useState('')
  return (
    <form
      className="add-participant"
      onSubmit={(event) => {
        event.preventDefault()
        const trimmed = name.trim()
        if (!trimmed) return
        const id = nanoid(10)
        sessionActions.edit(`Add ${trimmed} to the vote`, (w) => addParticipant(w, voteId, id, trimmed))
        votingViewActions.openBallot(id)
        setName('')
      }}
    >
      <label htmlFor="participant-name">Add a participant</label>
      <div className="quick-add-row">
        <input id="participant-name" value={name} maxLength={200} placeholder="Name, then Enter" autoComplete="off" onChange={(event) => setName(event.target.value)} />
        <button type="submit" disabled={!name.trim()}>
          Add
        </button>
      </div>
    </form>
  )
}

/** One person's dots, entered with the facilitator; it closes again so the next person cannot see it. */
function Ballot({ vote, participant, label }: { vote: DotVote; participant: VoteParticipant; label: (id: string) => string }) {
  const left = vote.dotsPerPerson - dotsUsed(participant)
  const set = (optionId: string, count: number) =>
    sessionActions.edit(`Dots of ${participant.name}`, (w) => setDots(w, vote.id, participant.id, optionId, count))
  return (
    <section className="ballot" aria-labelledby="ballot-heading" data-testid="ballot">
      <h3 id="ballot-heading">
        Dots of {participant.name || 'this participant'}: <span data-testid="dots-left">{left}</span> left
      </h3>
      <ul className="ballot-options">
        {vote.optionIds.map((optionId) => {
          const count = participant.dots[optionId] ?? 0
          const name = label(optionId)
          return (
            <li key={optionId}>
              <span className="ballot-label">{name}</span>
              <button type="button" aria-label={`One dot fewer on ${name}`} disabled={count === 0} onClick={() => set(optionId, count - 1)}>
                −
              </button>
              <output className="ballot-count" aria-label={`Dots on ${name}`}>
                {count}
              </output>
              <button type="button" aria-label={`One more dot on ${name}`} disabled={left === 0} onClick={() => set(optionId, count + 1)}>
                +
              </button>
            </li>
          )
        })}
      </ul>
      <button type="button" className="primary" onClick={() => votingViewActions.openBallot(null)}>
        Done: hide these dots
      </button>
    </section>
  )
}

/** The revealed result: most dots first, as bars the room can read at a glance. */
function Results({ vote, label }: { vote: DotVote; label: (id: string) => string }) {
  const all = tally(vote)
  const rows = all.filter((r) => r.dots > 0)
  const none = all.filter((r) => r.dots === 0)
  const most = Math.max(1, ...rows.map((r) => r.dots))
  return (
    <>
      {rows.length === 0 && <p>Nobody placed a dot.</p>}
      <ol className="results" data-testid="vote-results">
        {rows.map((row) => (
          <li key={row.optionId}>
            <span className="result-rank">{row.rank}</span>
            <span className="result-label">{label(row.optionId)}</span>
            <span className="result-bar" aria-hidden>
              <span style={{ width: `${(row.dots / most) * 100}%` }} />
            </span>
            <span className="result-dots">
              {row.dots} {row.dots === 1 ? 'dot' : 'dots'}
            </span>
            <span className="result-voters">
              {row.voters} {row.voters === 1 ? 'person' : 'people'}
            </span>
          </li>
        ))}
      </ol>
      {none.length > 0 && rows.length > 0 && (
        <p className="results-none" data-testid="results-none">
          No dots: {none.map((r) => label(r.optionId)).join(', ')}.
        </p>
      )}
    </>
  )
}
