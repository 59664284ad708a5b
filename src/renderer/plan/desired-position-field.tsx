import { type MapPosition, QUADRANTS, distance, quadrantOf } from '../../core/map/quadrant'
import { setDesiredPosition } from '../../core/plan/plan-rules'
import { NEAR_DESIRED } from '../../core/tracking/progress'
import type { Stakeholder } from '../../core/workshop/schema'
import { CommitInput } from '../common/commit-input'
import { sessionActions } from '../state/workshop-session'
import './plan.css'

/** A first target beside the person, towards more interest, so its ring does not hide under their disc. */
function firstTarget(position: MapPosition): MapPosition {
  const step = 12
  const interest = position.interest + step <= 100 ? position.interest + step : position.interest - step
  return { interest, influence: position.influence }
}

/** Where we want the selected person to end up: set, read and clear it; the ring on the map is dragged to move it. */
export function DesiredPositionField({ stakeholder }: { stakeholder: Stakeholder }) {
  const { position, desired } = stakeholder
  if (!position) return null
  const setAxis = (axis: keyof MapPosition, typed: string) => {
    const value = Number(typed)
    if (!desired || typed.trim() === '' || !Number.isFinite(value)) return
    sessionActions.edit(`Move the target of ${stakeholder.name}`, (w) => setDesiredPosition(w, stakeholder.id, { ...desired, [axis]: value }))
  }
  return (
    <section className="field desired-field" aria-label="Target position" data-testid="desired-position">
      <h3 className="field-title">Target position</h3>
      {desired ? (
        <>
          <p className="coordinates">
            <strong style={{ color: QUADRANTS[quadrantOf(desired)].accent }}>{QUADRANTS[quadrantOf(desired)].name}</strong> · Influence {Math.round(desired.influence)} · Interest{' '}
            {Math.round(desired.interest)}
          </p>
          <div className="field-row">
            <label className="field">
              <span>Target influence</span>
              <CommitInput type="number" min={0} max={100} value={String(Math.round(desired.influence))} onCommit={(v) => setAxis('influence', v)} />
            </label>
            <label className="field">
              <span>Target interest</span>
              <CommitInput type="number" min={0} max={100} value={String(Math.round(desired.interest))} onCommit={(v) => setAxis('interest', v)} />
            </label>
          </div>
          <p className="coordinates" data-testid="desired-gap">
            {distance(position, desired) <= NEAR_DESIRED ? 'At or near the target' : `${Math.round(distance(position, desired))} away from the target`}
          </p>
          <button type="button" onClick={() => sessionActions.edit(`Clear the target of ${stakeholder.name}`, (w) => setDesiredPosition(w, stakeholder.id, null))}>
            Clear target
          </button>
        </>
      ) : (
        <>
          <p className="hint">Set a target, then drag its ring on the map to where you want them.</p>
          <button type="button" onClick={() => sessionActions.edit(`Set a target for ${stakeholder.name}`, (w) => setDesiredPosition(w, stakeholder.id, firstTarget(position)))}>
            Set a target
          </button>
        </>
      )}
    </section>
  )
}
