import { nanoid } from 'nanoid'
import { QUADRANTS, QUADRANT_IDS, type QuadrantId, quadrantOf } from '../../core/map/quadrant'
import { ACTIVITY_TYPE_INFO, SUGGESTED_TYPES } from '../../core/plan/catalog'
import { addActivity, createActivity, resetApproach, setApproach, uncoveredStakeholders } from '../../core/plan/plan-rules'
import type { Workshop } from '../../core/workshop/schema'
import { sessionActions, useSessionStore } from '../state/workshop-session'
import { ActivityBoard } from './activity-board'
import { ActivityEditor } from './activity-editor'
import { CommitTextarea } from '../common/commit-textarea'
import { planViewActions } from './plan-view-store'
import './plan.css'

/** Adds an activity and opens it in the editor; one undo step. */
function addAndOpen(label: string, input: Parameters<typeof createActivity>[0]): void {
  const activity = createActivity(input, nanoid(10))
  sessionActions.edit(label, (w) => addActivity(w, activity))
  planViewActions.select(activity.id)
}

/** Starts an activity for a whole quadrant, of the first kind its approach suggests. */
export function planForQuadrant(quadrant: QuadrantId): void {
  const type = SUGGESTED_TYPES[quadrant][0] ?? 'custom'
  addAndOpen(`Add an activity for the ${QUADRANTS[quadrant].name}`, {
    title: `${ACTIVITY_TYPE_INFO[type].label} with the ${QUADRANTS[quadrant].name}`,
    type,
    quadrants: [quadrant],
  })
}

/** The engagement plan: how each quadrant is engaged, who nothing reaches yet, and the board of activities. */
export function PlanScreen() {
  const workshop = useSessionStore((s) => s.session?.history.present)
  if (!workshop) return null
  return (
    <div className="plan-screen">
      <div className="plan-main">
        <section aria-labelledby="approaches-heading">
          <h2 id="approaches-heading">Approach per quadrant</h2>
          <div className="approach-grid">
            {QUADRANT_IDS.map((q) => (
              <ApproachCard key={q} workshop={workshop} quadrant={q} />
            ))}
          </div>
        </section>
        <Coverage workshop={workshop} />
        <ActivityBoard workshop={workshop} />
      </div>
      <ActivityEditor />
    </div>
  )
}

function ApproachCard({ workshop, quadrant }: { workshop: Workshop; quadrant: QuadrantId }) {
  const info = QUADRANTS[quadrant]
  const approach = workshop.plan.approaches[quadrant]
  const people = workshop.stakeholders.filter((s) => s.position && quadrantOf(s.position) === quadrant).length
  return (
    <article className="approach-card" style={{ borderColor: info.accent, background: info.fill }} data-testid={`approach-${quadrant}`}>
      <header>
        <h3 style={{ color: info.accent }}>{info.name}</h3>
        <span className="count" title="People in this quadrant now">
          {people}
        </span>
      </header>
      <label className="visually-hidden" htmlFor={`approach-${quadrant}`}>
        Approach for the {info.name}
      </label>
      <CommitTextarea
        id={`approach-${quadrant}`}
        value={approach}
        rows={3}
        maxLength={5000}
        onCommit={(next) => sessionActions.edit(`Change the approach for the ${info.name}`, (w) => setApproach(w, quadrant, next))}
      />
      <div className="approach-actions">
        <button type="button" className="primary" onClick={() => planForQuadrant(quadrant)} aria-label={`Add an activity for the ${info.name}`}>
          + Activity
        </button>
        {approach !== info.approach && (
          <button type="button" onClick={() => sessionActions.edit(`Reset the approach for the ${info.name}`, (w) => resetApproach(w, quadrant))}>
            Standard approach
          </button>
        )}
      </div>
    </article>
  )
}

function Coverage({ workshop }: { workshop: Workshop }) {
  const uncovered = uncoveredStakeholders(workshop)
  if (uncovered.length === 0) {
    return (
      <p className="coverage ok" data-testid="coverage">
        ✓ Every person on the map is reached by a planned or running activity.
      </p>
    )
  }
  return (
    <section className="coverage warn" aria-labelledby="coverage-heading" data-testid="coverage">
      <h2 id="coverage-heading">
        ⚠ Not reached by any planned activity <span className="count">{uncovered.length}</span>
      </h2>
      <ul className="coverage-list">
        {uncovered.map((s) => (
          <li key={s.id}>
            {s.name}
            {s.position && <span className="coverage-quadrant"> · {QUADRANTS[quadrantOf(s.position)].name}</span>}
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => addAndOpen('Add an activity for the people not reached', { title: 'Reach the people not covered yet', type: 'custom', stakeholderIds: uncovered.map((s) => s.id) })}
      >
        Plan an activity for them
      </button>
    </section>
  )
}
