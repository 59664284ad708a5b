import { QUADRANTS, quadrantOf } from '../../core/map/quadrant'
import { ATTITUDE_INFO } from '../../core/workshop/attitude'
import { useSessionStore } from '../state/workshop-session'
import { MAP_STATUS_ID, useMapAnnouncer } from './map-announcer'
import { mapOrder } from './keyboard-map'

/**
 * The map as a list, for screen readers: who is where, and with what attitude, quadrant by
 * quadrant in the order Tab walks the map. `names` replaces names that presentation mode hides.
 */
export function MapMirrorList({ names }: { names?: ReadonlyMap<string, { spoken: string }> | undefined }) {
  const stakeholders = useSessionStore((s) => s.session?.history.present.stakeholders) ?? []
  const selectedId = useSessionStore((s) => s.session?.selectedId ?? null)
  const message = useMapAnnouncer((s) => s.message)
  return (
    <section className="visually-hidden" aria-label="People on the map">
      <ul data-testid="map-mirror">
        {mapOrder(stakeholders).map((s) => (
          <li key={s.id} data-stakeholder-id={s.id} aria-current={s.id === selectedId ? 'true' : undefined}>
            {names?.get(s.id)?.spoken ?? s.name}: {QUADRANTS[quadrantOf(s.position)].name}, {ATTITUDE_INFO[s.attitude].label.toLowerCase()}
          </li>
        ))}
      </ul>
      <p id={MAP_STATUS_ID} role="status" data-testid="map-status">
        {message}
      </p>
    </section>
  )
}
