import { useEffect, useMemo, useRef } from 'react'
import { QUADRANTS, QUADRANT_IDS, quadrantOf } from '../../core/map/quadrant'
import { ATTITUDE_INFO } from '../../core/workshop/attitude'
import { appActions } from '../state/app-store'
import { useSelectedStakeholder, useSessionStore } from '../state/workshop-session'
import { MapCanvas } from '../map/map-canvas'
import { MapMirrorList } from '../map/map-mirror-list'
import { useMapView } from '../map/map-view-store'
import { type DisplayName, displayNames } from './display-names'
import { LaserPointer } from './laser-pointer'
import { PresentationEditDialog } from './presentation-edit-dialog'
import { projectorScales } from './projector-scale'
import { leavePresentation } from './presentation-mode'
import { NAME_DISPLAYS, type NameDisplay, presentationActions, usePresentation } from './presentation-store'
import './presentation.css'
import { SpotlightShade } from './spotlight-shade'
import { TimerPanel } from './timer-panel'
import { timerActions, useTimer } from './timer-store'
import { VoteDots, latestRevealedPeopleVote } from './vote-dots'

const NAME_LABELS: Record<NameDisplay, string> = { full: 'Full', initials: 'Initials', hidden: 'Hidden' }
/**
 * The map alone for the room: projector colours, big type, no private fields (notes and concerns
 * never show here), names anonymised on request. Moving and editing people still works.
 */
export function PresentationScreen() {
  const { names, spotlight, pointer, voteDots } = usePresentation()
  const stakeholders = useSessionStore((s) => s.session?.history.present.stakeholders)
  const votes = useSessionStore((s) => s.session?.history.present.votes)
  const shownVote = voteDots ? latestRevealedPeopleVote(votes ?? []) : null
  const viewport = useMapView((s) => s.viewport)
  const mapRef = useRef<HTMLDivElement | null>(null)
  const labels = useMemo(() => (names === 'full' ? undefined : displayNames(stakeholders ?? [], names)), [stakeholders, names])
  const { nodeScale, textScale } = projectorScales(viewport.width || 1, viewport.height || 1)

  useEffect(() => {
    mapRef.current?.focus({ preventScroll: true })
  }, [])

  return (
    <div className="presentation" data-testid="presentation" data-names={names}>
      <h1 className="visually-hidden">Presentation</h1>
      <div className="presentation-map">
        <MapCanvas
          containerRef={(element) => {
            mapRef.current = element
          }}
          labels={labels}
          nodeScale={nodeScale}
          textScale={textScale}
          axisColour="#FFFFFF"
          showMovement={names === 'full'}
          overlay={
            shownVote || spotlight ? (
              <>
                {shownVote && <VoteDots vote={shownVote} stakeholders={stakeholders ?? []} scale={nodeScale} />}
                {spotlight && <SpotlightShade quadrant={spotlight} />}
              </>
            ) : null
          }
        />
        <LaserPointer active={pointer} />
      </div>
      <TimerPanel size="large" />
      <SelectionCard names={names} labels={labels} />
      <PresentationBar />
      <MapMirrorList names={labels} />
      <PresentationEditDialog />
    </div>
  )
}

/** Who is selected, in type the room can read; never their notes. */
function SelectionCard({ names, labels }: { names: NameDisplay; labels: ReadonlyMap<string, DisplayName> | undefined }) {
  const person = useSelectedStakeholder()
  if (!person?.position) return null
  const name = labels ? (labels.get(person.id)?.spoken ?? '') : person.name
  const quadrant = QUADRANTS[quadrantOf(person.position)]
  return (
    <div className="selection-card" data-testid="selection-card" aria-hidden>
      <span className="selection-name">{name}</span>
      {names === 'full' && person.role && <span className="selection-role">{person.role}</span>}
      <span className="selection-quadrant" style={{ background: quadrant.fill, color: quadrant.accent }}>
        {quadrant.name}
      </span>
      <span className="selection-attitude" style={{ background: ATTITUDE_INFO[person.attitude].colour }}>
        {ATTITUDE_INFO[person.attitude].label}
      </span>
    </div>
  )
}

/** The facilitator's controls; faint until the pointer or focus comes near, so the map stays in front. */
function PresentationBar() {
  const { names, spotlight, pointer, voteDots } = usePresentation()
  const timerShown = useTimer((s) => s.shown)
  const vote = useSessionStore((s) => latestRevealedPeopleVote(s.session?.history.present.votes ?? []))
  return (
    <div className="presentation-bar" role="toolbar" aria-label="Presentation controls">
      <div className="bar-group" role="group" aria-label="Names">
        <span className="bar-label">Names (N)</span>
        {NAME_DISPLAYS.map((mode) => (
          <button key={mode} type="button" aria-pressed={names === mode} onClick={() => presentationActions.setNames(mode)}>
            {NAME_LABELS[mode]}
          </button>
        ))}
      </div>
      <div className="bar-group" role="group" aria-label="Spotlight">
        <span className="bar-label">Spotlight (S)</span>
        <button type="button" aria-pressed={spotlight === null} onClick={() => presentationActions.setSpotlight(null)}>
          Off
        </button>
        {QUADRANT_IDS.map((q) => (
          <button key={q} type="button" aria-pressed={spotlight === q} onClick={() => presentationActions.setSpotlight(q)} title={QUADRANTS[q].name}>
            {QUADRANTS[q].name}
          </button>
        ))}
      </div>
      <div className="bar-group">
        <button type="button" aria-pressed={pointer} onClick={presentationActions.togglePointer} title="Laser pointer (L)">
          Pointer
        </button>
        <button type="button" aria-pressed={timerShown} onClick={timerShown ? timerActions.hide : timerActions.show} title="Exercise timer (T starts and pauses)">
          Timer
        </button>
        {vote && (
          <button type="button" aria-pressed={voteDots} onClick={presentationActions.toggleVoteDots} title={`Dots of “${vote.question}” on the map (D)`}>
            Vote dots
          </button>
        )}
        <button type="button" onClick={() => appActions.openDialog('shortcuts')} title="Keyboard shortcuts (?)">
          ?
        </button>
        <button type="button" className="leave" onClick={leavePresentation} title="Leave presentation mode (Esc)">
          Leave
        </button>
      </div>
    </div>
  )
}
