import { format } from 'date-fns'
import { useState } from 'react'
import { QUADRANTS } from '../../core/map/quadrant'
import { activityProgress, deleteSnapshot, gapList, progressSeries, renameSnapshot, snapshotsInOrder } from '../../core/tracking/progress'
import type { Workshop } from '../../core/workshop/schema'
import { CommitInput } from '../common/commit-input'
import { NOW, movementActions } from '../map/movement-store'
import { SnapshotSelect, pictureOptions } from '../map/snapshot-select'
import { appActions } from '../state/app-store'
import { sessionActions, useSessionStore } from '../state/workshop-session'
import { CheckInPanel } from './check-in-panel'
import { ActivityChart, NearTargetChart, QuadrantChart } from './progress-charts'
import { askAndTakeSnapshot } from './snapshot-actions'
import './plan.css'

const showOnMap = () => appActions.showSection('map')

/** Whether people are moving where we need them: progress charts, gaps to targets, snapshots and check-ins. */
export function TrackingScreen() {
  const workshop = useSessionStore((s) => s.session?.history.present)
  if (!workshop) return null
  const series = progressSeries(workshop)
  return (
    <div className="tracking-screen">
      <section className="progress-row" aria-label="Progress">
        <QuadrantChart series={series} />
        <NearTargetChart series={series} />
        <ActivityChart progress={activityProgress(workshop.plan.activities)} />
      </section>
      <div className="tracking-columns">
        <Snapshots workshop={workshop} />
        <Gaps workshop={workshop} />
        <CheckInPanel workshop={workshop} />
      </div>
    </div>
  )
}

function Snapshots({ workshop }: { workshop: Workshop }) {
  const ordered = snapshotsInOrder(workshop.tracking.snapshots)
  const options = pictureOptions(ordered)
  const [from, setFrom] = useState<string | null>(null)
  const [to, setTo] = useState<string | null>(null)
  const fromId = from && options.some((o) => o.id === from) ? from : (ordered.at(-2)?.id ?? ordered.at(-1)?.id ?? NOW)
  const toId = to && options.some((o) => o.id === to) ? to : ordered.length >= 2 ? (ordered.at(-1)?.id ?? NOW) : NOW
  return (
    <section className="tracking-panel" aria-labelledby="snapshots-heading">
      <h2 id="snapshots-heading">
        Snapshots <span className="count">{ordered.length}</span>
      </h2>
      <div className="panel-actions">
        <button type="button" className="primary" onClick={() => void askAndTakeSnapshot()}>
          Take snapshot…
        </button>
        <button
          type="button"
          disabled={ordered.length < 2}
          onClick={() => {
            movementActions.play(workshop)
            showOnMap()
          }}
        >
          ▶ Play on the map
        </button>
      </div>
      {ordered.length === 0 ? (
        <p className="hint">A snapshot keeps where everyone stands now, so later the room can see who moved.</p>
      ) : (
        <ol className="snapshot-list" data-testid="snapshot-list">
          {ordered.map((s) => (
            <li key={s.id}>
              <CommitInput
                aria-label={`Name of the snapshot ${s.name}`}
                value={s.name}
                maxLength={200}
                onCommit={(name) => name.trim() && sessionActions.edit(`Rename the snapshot ${s.name}`, (w) => renameSnapshot(w, s.id, name))}
              />
              <span className="hint">
                {format(new Date(s.takenAt), 'd MMM yyyy, HH:mm')} · {s.entries.length} people
              </span>
              <button type="button" className="danger" aria-label={`Delete the snapshot ${s.name}`} onClick={() => sessionActions.edit(`Delete the snapshot ${s.name}`, (w) => deleteSnapshot(w, s.id))}>
                Delete
              </button>
            </li>
          ))}
        </ol>
      )}
      {ordered.length > 0 && (
        <div className="compare-picker">
          <label>
            Compare
            <SnapshotSelect label="Compare from" value={fromId} options={options} onChange={setFrom} />
          </label>
          <label>
            with
            <SnapshotSelect label="Compare with" value={toId} options={options} onChange={setTo} />
          </label>
          <button
            type="button"
            disabled={fromId === toId}
            onClick={() => {
              movementActions.compare(fromId, toId)
              showOnMap()
            }}
          >
            Compare on the map
          </button>
        </div>
      )}
    </section>
  )
}

function Gaps({ workshop }: { workshop: Workshop }) {
  const gaps = gapList(workshop)
  return (
    <section className="tracking-panel" aria-labelledby="gaps-heading">
      <h2 id="gaps-heading">
        Distance to target <span className="count">{gaps.length}</span>
      </h2>
      {gaps.length === 0 ? (
        <p className="hint">Nobody on the map has a target yet. Select someone on the map and choose “Set a target”.</p>
      ) : (
        <table className="gap-table" data-testid="gap-list">
          <thead>
            <tr>
              <th scope="col">Who</th>
              <th scope="col">Now → target</th>
              <th scope="col">Gap</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((g) => (
              <tr key={g.stakeholder.id} className={g.near ? 'near' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      sessionActions.select(g.stakeholder.id)
                      movementActions.setShowTargets(true)
                      showOnMap()
                    }}
                  >
                    {g.stakeholder.name}
                  </button>
                </th>
                <td>
                  {g.fromQuadrant === g.toQuadrant ? QUADRANTS[g.toQuadrant].name : `${QUADRANTS[g.fromQuadrant].name} → ${QUADRANTS[g.toQuadrant].name}`}
                </td>
                <td className="gap-distance">{g.near ? '✓ there' : Math.round(g.distance)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
