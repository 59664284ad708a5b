import { useMemo } from 'react'
import type { Box } from '../../core/map/label-placement'
import type { MapPosition } from '../../core/map/quadrant'
import { compareEntries } from '../../core/tracking/progress'
import { useSessionStore } from '../state/workshop-session'
import { NODE_RADIUS, positionToWorld } from './map-geometry'
import { arrowPoints } from './movement-layer'
import { NOW, pictureEntries, useMovement } from './movement-store'
import { TARGET_RADIUS } from './target-layer'

/** An arrow as a row of small boxes along it, the way the PDF keeps names off its arrows. */
function alongArrow(points: number[] | null, head: number): Box[] {
  if (!points) return []
  const [x1, y1, x2, y2] = points as [number, number, number, number]
  const length = Math.hypot(x2 - x1, y2 - y1)
  const boxes: Box[] = []
  for (let t = 0; t <= length; t += 6) {
    const k = t / length
    boxes.push({ x: x1 + (x2 - x1) * k - 3, y: y1 + (y2 - y1) * k - 3, w: 6, h: 6 })
  }
  boxes.push({ x: x2 - head / 2, y: y2 - head / 2, w: head, h: head })
  return boxes
}

const around = (p: MapPosition, r: number): Box => {
  const { x, y } = positionToWorld(p)
  return { x: x - r, y: y - r, w: 2 * r, h: 2 * r }
}

/**
 * What else is drawn over the live map and must stay readable under the names: the comparison's
 * ghosts and arrows (when the later picture is the live map) and the target rings with their arrows.
 */
export function useMapMarks(showMovement: boolean): Box[] {
  const workshop = useSessionStore((s) => s.session?.history.present)
  const selectedId = useSessionStore((s) => s.session?.selectedId ?? null)
  const compare = useMovement((s) => s.compare)
  const showTargets = useMovement((s) => s.showTargets)
  return useMemo(() => {
    if (!workshop) return []
    const marks: Box[] = []
    if (showMovement && compare?.to === NOW) {
      const before = pictureEntries(workshop, compare.from)
      const after = pictureEntries(workshop, NOW)
      for (const m of before && after ? compareEntries(before, after).moved : []) {
        marks.push(around(m.from, NODE_RADIUS + 2), ...alongArrow(arrowPoints(m.from, m.to), 16))
      }
    }
    for (const s of workshop.stakeholders) {
      if (!s.position || !s.desired || !(showTargets || s.id === selectedId)) continue
      marks.push(around(s.desired, TARGET_RADIUS + 6), ...alongArrow(arrowPoints(s.position, s.desired, 26, TARGET_RADIUS + 4), 14))
    }
    return marks
  }, [workshop, compare, showTargets, selectedId, showMovement])
}
