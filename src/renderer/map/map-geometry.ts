import type { MapPosition } from '../../core/map/quadrant'

/** The map square in world units; a position of 0–100 maps onto 0–MAP_SIZE. */
export const MAP_SIZE = 1000
/** A person's disc, in world units before presentation scaling. */
export const NODE_RADIUS = 22
/** Room around the square for the axis titles. */
export const MAP_MARGIN = { left: 80, right: 24, top: 24, bottom: 80 } as const

export interface ViewTransform {
  scale: number
  x: number
  y: number
}

export const MIN_SCALE = 0.15
export const MAX_SCALE = 6

export const positionToWorld = (p: MapPosition): { x: number; y: number } => ({
  x: (p.interest / 100) * MAP_SIZE,
  y: MAP_SIZE - (p.influence / 100) * MAP_SIZE,
})

export const worldToPosition = (x: number, y: number): MapPosition => ({
  interest: (x / MAP_SIZE) * 100,
  influence: ((MAP_SIZE - y) / MAP_SIZE) * 100,
})

/** A point on the stage's canvas (CSS pixels) back into world units. */
export const screenToWorld = (view: ViewTransform, sx: number, sy: number) => ({ x: (sx - view.x) / view.scale, y: (sy - view.y) / view.scale })

/** The transform that shows the whole map, margins included, centred in a viewport. */
export function fitView(width: number, height: number): ViewTransform {
  const worldWidth = MAP_SIZE + MAP_MARGIN.left + MAP_MARGIN.right
  const worldHeight = MAP_SIZE + MAP_MARGIN.top + MAP_MARGIN.bottom
  const scale = Math.max(MIN_SCALE, Math.min(width / worldWidth, height / worldHeight))
  return {
    scale,
    x: (width - worldWidth * scale) / 2 + MAP_MARGIN.left * scale,
    y: (height - worldHeight * scale) / 2 + MAP_MARGIN.top * scale,
  }
}

/** Zooms by `factor` keeping the world point under (sx, sy) where it is on screen. */
export function zoomAround(view: ViewTransform, factor: number, sx: number, sy: number): ViewTransform {
  const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, view.scale * factor))
  const world = screenToWorld(view, sx, sy)
  return { scale, x: sx - world.x * scale, y: sy - world.y * scale }
}

/** Initials for a node: first letters of the first and last word, in any script. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const first = Array.from(words[0] ?? '?')[0] ?? '?'
  const last = words.length > 1 ? (Array.from(words[words.length - 1] ?? '')[0] ?? '') : ''
  return (first + last).toLocaleUpperCase()
}
