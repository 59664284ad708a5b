import { nanoid } from 'nanoid'
import { useState } from 'react'
import { IDENTIFICATION_QUESTIONS, IDENTIFICATION_QUESTION_IDS, type IdentificationQuestionId } from '../../core/workshop/identification'
import type { Stakeholder } from '../../core/workshop/schema'
import { addStakeholder, createStakeholder } from '../../core/workshop/stakeholder-edits'
import { StakeholderChipContent } from '../stakeholders/unplaced-list'
import { sessionActions, useSessionStore } from '../state/workshop-session'

const EMPTY: readonly Stakeholder[] = []

/** The four guiding questions side by side, each with the people it surfaced and its own quick-add. */
export function IdentificationPanel() {
  const stakeholders = useSessionStore((s) => s.session?.history.present.stakeholders) ?? EMPTY
  const selectedId = useSessionStore((s) => s.session?.selectedId ?? null)
  const unlinked = stakeholders.filter((s) => s.surfacedBy === null).length
  return (
    <div className="identification">
      <div className="question-grid">
        {IDENTIFICATION_QUESTION_IDS.map((q, index) => (
          <QuestionCard key={q} question={q} number={index + 1} people={stakeholders.filter((s) => s.surfacedBy === q)} selectedId={selectedId} />
        ))}
      </div>
      <p className="hint">
        {unlinked === 0 ? 'Everyone is linked to a question.' : `${unlinked} ${unlinked === 1 ? 'person is' : 'people are'} not linked to a question (imported or added on the map); pick one in their profile.`}
      </p>
    </div>
  )
}

function QuestionCard({ question, number, people, selectedId }: { question: IdentificationQuestionId; number: number; people: Stakeholder[]; selectedId: string | null }) {
  const [name, setName] = useState('')
  const headingId = `question-${question}`
  const inputId = `question-add-${question}`
  return (
    <section className={`question-card${people.length === 0 ? ' unanswered' : ''}`} aria-labelledby={headingId} data-testid={`question-${question}`}>
      <h2 id={headingId}>
        <span className="question-number">{number}</span> {IDENTIFICATION_QUESTIONS[question]}
      </h2>
      {people.length === 0 ? (
        <p className="unanswered-note">Nobody named yet.</p>
      ) : (
        <ul className="chip-list">
          {people.map((s) => (
            <li key={s.id}>
              <button type="button" className={`chip${s.id === selectedId ? ' selected' : ''}`} onClick={() => sessionActions.select(s.id)}>
                <StakeholderChipContent stakeholder={s} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="quick-add-row"
        onSubmit={(event) => {
          event.preventDefault()
          const trimmed = name.trim()
          if (!trimmed) return
          const stakeholder = createStakeholder({ name: trimmed, surfacedBy: question }, nanoid(10), new Date())
          sessionActions.edit(`Add ${trimmed}`, (w) => addStakeholder(w, stakeholder))
          sessionActions.select(stakeholder.id)
          setName('')
        }}
      >
        <label htmlFor={inputId} className="visually-hidden">
          Add someone for question {number}
        </label>
        <input id={inputId} value={name} maxLength={200} placeholder="Name, then Enter" autoComplete="off" onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={!name.trim()}>
          Add
        </button>
      </form>
    </section>
  )
}
