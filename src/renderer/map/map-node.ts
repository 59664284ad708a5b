import type Konva from 'konva'
import type { MapPosition } from '../../core/map/quadrant'
import { MAP_SIZE, worldToPosition } from './map-geometry'

/** Where a dragged Konva node stands on the map, kept inside it. */
export function nodeMapPosition(node: Konva.Node): MapPosition {
  const clampedX = Math.min(MAP_SIZE, Math.max(0, node.x()))
  const clampedY = Math.min(MAP_SIZE, Math.max(0, node.y()))
  return worldToPosition(clampedX, clampedY)
}

/** Hover handlers for anything draggable on the map: a grab cursor over it, none after. */
export function showGrabCursor(event: Konva.KonvaEventObject<MouseEvent>) {
  const container = event.target.getStage()?.container()
  if (container) container.style.cursor = 'grab'
}

export function clearCursor(event: Konva.KonvaEventObject<MouseEvent>) {
  const container = event.target.getStage()?.container()
  if (container) container.style.cursor = ''
}
