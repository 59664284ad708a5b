import { QUADRANTS } from '../../core/map/quadrant'
import { compareEntries, snapshotsInOrder } from '../../core/tracking/progress'
import type { Workshop } from '../../core/workshop/schema'
import { askAndTakeSnapshot } from '../plan/snapshot-actions'
import { useSessionStore } from '../state/workshop-session'
import { defaultComparison, movementActions, pictureEntries, pictureName, useMovement } from './movement-store'
import { SnapshotSelect, pictureOptions } from './snapshot-select'
import './movement.css'

/** Targets, snapshots and comparisons, in a bar under the map toolbar. */
export function MovementBar() {
  const workshop = useSessionStore((s) => s.session?.history.present)
  const showTargets = useMovement((s) => s.showTargets)
  const compare = useMovement((s) => s.compare)
  // The caption, not the frame: the frame is replaced on every animation frame of the playback.
  const caption = useMovement((s) => s.frame?.caption ?? null)
  const playing = caption !== null
  if (!workshop) return null
  const snapshots = snapshotsInOrder(workshop.tracking.snapshots)
  const start = defaultComparison(workshop)
  return (
    <div className="movement-bar" role="toolbar" aria-label="Targets and snapshots">
      <button type="button" aria-pressed={showTargets} onClick={() => movementActions.setShowTargets(!showTargets)} title="Show where we want each person to be">
        Show targets
      </button>
      <button type="button" onClick={() => void askAndTakeSnapshot()}>
        Take snapshot…
      </button>
      {!compare && !playing && (
        <button type="button" disabled={!start} onClick={() => start && movementActions.compare(start.from, start.to)} title={start ? undefined : 'Take a snapshot first'}>
          Compare snapshots
        </button>
      )}
      <button type="button" disabled={snapshots.length < 2} onClick={() => (playing ? movementActions.stop() : movementActions.play(workshop))}>
        {playing ? '■ Stop' : '▶ Play movement'}
      </button>
      {playing && (
        <p className="movement-caption" aria-live="polite" data-testid="playback-caption">
          {caption}
        </p>
      )}
      {compare && <ComparisonControls workshop={workshop} from={compare.from} to={compare.to} />}
    </div>
  )
}

function ComparisonControls({ workshop, from, to }: { workshop: Workshop; from: string; to: string }) {
  const options = pictureOptions(snapshotsInOrder(workshop.tracking.snapshots))
  const before = pictureEntries(workshop, from)
  const after = pictureEntries(workshop, to)
  const result = before && after ? compareEntries(before, after) : null
  const nameOf = (id: string) => workshop.stakeholders.find((s) => s.id === id)?.name ?? 'Someone deleted since'
  return (
    <div className="comparison" data-testid="comparison">
      <label>
        From
        <SnapshotSelect value={from} options={options} onChange={(id) => movementActions.compare(id, to)} />
      </label>
      <label>
        to
        <SnapshotSelect value={to} options={options} onChange={(id) => movementActions.compare(from, id)} />
      </label>
      {result ? (
        <details className="movement-summary">
          <summary data-testid="comparison-summary">
            {result.moved.length === 1 ? '1 person moved' : `${result.moved.length} people moved`}, {result.quadrantChanges.length} into another quadrant
          </summary>
          <ol data-testid="comparison-list" aria-label={`Who moved from ${pictureName(workshop, from)} to ${pictureName(workshop, to)}`}>
            {result.moved.map((m) => (
              <li key={m.stakeholderId}>
                <strong>{nameOf(m.stakeholderId)}</strong>{' '}
                {m.fromQuadrant === m.toQuadrant ? `within ${QUADRANTS[m.toQuadrant].name}` : `${QUADRANTS[m.fromQuadrant].name} → ${QUADRANTS[m.toQuadrant].name}`} ·{' '}
                {Math.round(m.distance)}
              </li>
            ))}
            {result.added.map((e) => (
              <li key={e.stakeholderId}>
                <strong>{nameOf(e.stakeholderId)}</strong> new on the map
              </li>
            ))}
            {result.removed.map((e) => (
              <li key={e.stakeholderId}>
                <strong>{nameOf(e.stakeholderId)}</strong> no longer on the map
              </li>
            ))}
          </ol>
        </details>
      ) : (
        <p className="movement-caption">That snapshot was deleted.</p>
      )}
      <button type="button" onClick={movementActions.close}>
        Close
      </button>
    </div>
  )
}
