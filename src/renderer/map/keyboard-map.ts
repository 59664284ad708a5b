import { type MapPosition, QUADRANTS, QUADRANT_IDS, quadrantOf } from '../../core/map/quadrant'
import { ATTITUDE_INFO } from '../../core/workshop/attitude'
import type { Stakeholder } from '../../core/workshop/schema'

type Placed = Stakeholder & { position: MapPosition }
export type Direction = 'left' | 'right' | 'up' | 'down'

/** A keyboard step in map units (0–100); Shift takes the bigger one. */
export const SMALL_STEP = 1
export const BIG_STEP = 5

const DELTAS: Record<Direction, { interest: number; influence: number }> = {
  left: { interest: -1, influence: 0 },
  right: { interest: 1, influence: 0 },
  up: { interest: 0, influence: 1 },
  down: { interest: 0, influence: -1 },
}

/** Where an arrow key takes a person. */
export function stepPosition(position: MapPosition, direction: Direction, step: number): MapPosition {
  const d = DELTAS[direction]
  return { interest: position.interest + d.interest * step, influence: position.influence + d.influence * step }
}

/** People on the map in reading order: quadrant by quadrant (keys 1–4), then top to bottom, left to right. */
export function mapOrder(stakeholders: readonly Stakeholder[]): Placed[] {
  const rank = (s: Placed) => QUADRANT_IDS.indexOf(quadrantOf(s.position))
  return stakeholders
    .filter((s): s is Placed => s.position !== null)
    .sort((a, b) => rank(a) - rank(b) || b.position.influence - a.position.influence || a.position.interest - b.position.interest)
}

/** The next (or previous) person after `currentId` in reading order; null past either end. */
export function adjacentInOrder(stakeholders: readonly Stakeholder[], currentId: string | null, step: 1 | -1): string | null {
  const order = mapOrder(stakeholders)
  const index = order.findIndex((s) => s.id === currentId)
  if (index < 0) return step === 1 ? (order[0]?.id ?? null) : null
  return order[index + step]?.id ?? null
}

/**
 * The closest person in a direction: within a 45° cone either side of it, weighing sideways
 * distance double so the pick feels like "the one straight ahead".
 */
export function nearestInDirection(stakeholders: readonly Stakeholder[], currentId: string, direction: Direction): string | null {
  const placed = mapOrder(stakeholders)
  const from = placed.find((s) => s.id === currentId)?.position
  if (!from) return placed[0]?.id ?? null
  const d = DELTAS[direction]
  let best: { id: string; cost: number } | null = null
  for (const s of placed) {
    if (s.id === currentId) continue
    const dx = s.position.interest - from.interest
    const dy = s.position.influence - from.influence
    const ahead = dx * d.interest + dy * d.influence
    const aside = Math.abs(dx * d.influence - dy * d.interest)
    if (ahead <= 0 || aside > ahead) continue
    const cost = ahead + 2 * aside
    if (!best || cost < best.cost) best = { id: s.id, cost }
  }
  return best?.id ?? null
}

/** One sentence for screen readers: who, where, how they feel about the change. */
export function describeOnMap(name: string, stakeholder: Stakeholder): string {
  const attitude = ATTITUDE_INFO[stakeholder.attitude].label.toLowerCase()
  if (!stakeholder.position) return `${name}, not on the map, ${attitude}.`
  const p = stakeholder.position
  return `${name}, ${QUADRANTS[quadrantOf(p)].name}, ${attitude}. Influence ${Math.round(p.influence)}, interest ${Math.round(p.interest)}.`
}

/** Whether keyboard focus is on the map, where Tab and the arrows belong to its people. */
export function mapHasFocus(): boolean {
  return document.activeElement instanceof HTMLElement && document.activeElement.closest('[data-map-keys]') !== null
}
