import { QUADRANTS, quadrantOf } from '../../core/map/quadrant'
import { ATTITUDE_INFO } from '../../core/workshop/attitude'
import { useSessionStore } from '../state/workshop-session'

/** The map as a list, for screen readers: who is where, and with what attitude. */
export function MapMirrorList() {
  const stakeholders = useSessionStore((s) => s.session?.history.present.stakeholders) ?? []
  const placed = stakeholders.filter((s) => s.position)
  return (
    <section className="visually-hidden" aria-label="People on the map">
      <ul data-testid="map-mirror">
        {placed.map((s) => (
          <li key={s.id} data-stakeholder-id={s.id}>
            {s.name}: {s.position ? QUADRANTS[quadrantOf(s.position)].name : ''}, {ATTITUDE_INFO[s.attitude].label.toLowerCase()}
          </li>
        ))}
      </ul>
    </section>
  )
}
