import { tally } from '../../core/voting/vote-edits'
import { useSessionStore } from '../state/workshop-session'
import { NewVoteForm } from './new-vote-form'
import { VoteDetail } from './vote-detail'
import './voting.css'
import { useVotingView, votingViewActions } from './voting-store'

/** Dot voting: the votes of this workshop on the left, the chosen one (or a new one) beside them. */
export function VotingScreen() {
  const workshop = useSessionStore((s) => s.session?.history.present)
  const { voteId, creating } = useVotingView()
  if (!workshop) return null
  const votes = workshop.votes
  const current = votes.find((v) => v.id === voteId) ?? votes[0] ?? null
  return (
    <div className="voting-screen">
      <aside className="vote-list" aria-labelledby="votes-heading">
        <h2 id="votes-heading">Dot votes</h2>
        <button type="button" className="primary" onClick={votingViewActions.startNew}>
          New vote
        </button>
        <ul className="chip-list">
          {votes.map((v) => {
            const winner = v.revealed ? tally(v)[0] : undefined
            return (
              <li key={v.id}>
                <button type="button" aria-current={!creating && v.id === current?.id ? 'true' : undefined} onClick={() => votingViewActions.show(v.id)}>
                  <span className="vote-list-question">{v.question}</span>
                  <span className="vote-list-status">
                    {v.closedAt ? 'Closed' : v.revealed ? 'Revealed' : 'Hidden'} · {v.participants.length} voted
                    {winner && winner.dots > 0 ? ` · top: ${winner.dots} dots` : ''}
                  </span>
                </button>
              </li>
            )
          })}
        </ul>
      </aside>
      <div className="vote-main">{creating || !current ? <NewVoteForm /> : <VoteDetail key={current.id} workshop={workshop} vote={current} />}</div>
    </div>
  )
}
