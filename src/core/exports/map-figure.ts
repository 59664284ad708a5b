import { MIDLINE, QUADRANTS, QUADRANT_IDS, type QuadrantId } from '../map/quadrant'
import { ATTITUDE_INFO } from '../workshop/attitude'
import type { Stakeholder } from '../workshop/schema'
import { MUTED_INK, type MeasureText, type PageItem, type TextStyle, lineHeight } from './display-list'
import { fitText } from './text-layout'

export interface MapFigureOptions {
  width: number
  height: number
  /** Arrows from where people are to where the plan wants them. */
  showDesired: boolean
  /** Smaller dots and labels for the one-page summary. */
  compact?: boolean
}

export interface MapFigure {
  items: PageItem[]
  /** People drawn as a dot whose name would have covered another; every one is listed in the tables. */
  unlabelled: number
  placed: number
}

interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** Quadrant corners in figure space: which corner of the map each quadrant's title sits in. */
const CORNERS: Record<QuadrantId, { right: boolean; top: boolean }> = {
  'change-makers': { right: true, top: true },
  'change-sponsors': { right: false, top: true },
  onlookers: { right: false, top: false },
  'change-adopters': { right: true, top: false },
}

/**
 * The stakeholder map as vector items in the screen's colours: the four quadrant fills, their
 * names, a dot per placed person in their attitude's colour, and names beside the dots. Names
 * are placed greedily, most influential first, in the first of eight spots around the dot that
 * covers no other name or dot; a name with no free spot is left off rather than drawn over.
 */
export function mapFigure(stakeholders: readonly Stakeholder[], measure: MeasureText, options: MapFigureOptions): MapFigure {
  const { width: W, height: H } = options
  const compact = options.compact ?? false
  const radius = compact ? 3.2 : 4.5
  const labelStyle: TextStyle = { face: 'regular', size: compact ? 6 : 7.5 }
  const titleStyle: TextStyle = { face: 'bold', size: compact ? 8 : 11 }
  const mottoStyle: TextStyle = { face: 'italic', size: compact ? 6.5 : 8 }
  const toX = (interest: number) => (interest / 100) * W
  const toY = (influence: number) => (1 - influence / 100) * H
  const mx = toX(MIDLINE)
  const my = toY(MIDLINE)

  const items: PageItem[] = []
  const back: PageItem[] = []
  for (const id of QUADRANT_IDS) {
    const q = QUADRANTS[id]
    const corner = CORNERS[id]
    const x = corner.right ? mx : 0
    const y = corner.top ? 0 : my
    back.push({ kind: 'rect', x, y, width: corner.right ? W - mx : mx, height: corner.top ? my : H - my, fill: q.fill, stroke: null })
  }
  back.push({ kind: 'line', x1: mx, y1: 0, x2: mx, y2: H, colour: '#FFFFFF', width: 2 })
  back.push({ kind: 'line', x1: 0, y1: my, x2: W, y2: my, colour: '#FFFFFF', width: 2 })
  back.push({ kind: 'rect', x: 0, y: 0, width: W, height: H, fill: null, stroke: '#6B7280' })

  const occupied = new CollisionGrid(W, H)
  const pad = compact ? 4 : 6
  for (const id of QUADRANT_IDS) {
    const q = QUADRANTS[id]
    const corner = CORNERS[id]
    const half = (corner.right ? W - mx : mx) - 2 * pad
    const title = fitText(q.name, half, titleStyle, measure)
    const motto = fitText(q.motto, half, mottoStyle, measure)
    const tw = measure(title, titleStyle)
    const mw = measure(motto, mottoStyle)
    const blockH = lineHeight(titleStyle) + lineHeight(mottoStyle)
    const top = corner.top ? pad : H - pad - blockH
    const tx = corner.right ? W - pad - tw : pad
    const mxText = corner.right ? W - pad - mw : pad
    back.push({ kind: 'text', x: tx, y: top, text: title, style: titleStyle, colour: q.accent })
    back.push({ kind: 'text', x: mxText, y: top + lineHeight(titleStyle), text: motto, style: mottoStyle, colour: q.accent })
    occupied.add({ x: corner.right ? W - pad - Math.max(tw, mw) : pad, y: top, w: Math.max(tw, mw), h: blockH })
  }
  items.push(...back)

  const placed = stakeholders.filter((s) => s.position !== null)
  const dots = placed.map((s) => ({ s, x: toX(s.position!.interest), y: toY(s.position!.influence) }))

  if (options.showDesired) {
    for (const { s, x, y } of dots) {
      if (!s.desired) continue
      const dx = toX(s.desired.interest)
      const dy = toY(s.desired.influence)
      const length = Math.hypot(dx - x, dy - y)
      if (length < radius * 2.5) continue
      // Start the arrow at the dot's edge so it reads as leaving the person.
      const ux = (dx - x) / length
      const uy = (dy - y) / length
      items.push({ kind: 'arrow', x1: x + ux * radius, y1: y + uy * radius, x2: dx, y2: dy, colour: '#374151', width: compact ? 0.6 : 0.8 })
      // Names keep clear of the arrow: its path is marked as small boxes along the way.
      for (let t = radius; t <= length; t += 4) occupied.add({ x: x + ux * t - 1, y: y + uy * t - 1, w: 2, h: 2 })
      items.push({ kind: 'circle', cx: dx, cy: dy, r: radius * 0.55, fill: '#FFFFFF', stroke: '#374151' })
    }
  }

  for (const { x, y } of dots) occupied.add({ x: x - radius, y: y - radius, w: radius * 2, h: radius * 2 })
  for (const { s, x, y } of dots) {
    items.push({ kind: 'circle', cx: x, cy: y, r: radius, fill: ATTITUDE_INFO[s.attitude].colour, stroke: '#FFFFFF' })
  }

  let unlabelled = 0
  const order = [...dots].sort((a, b) => b.s.position!.influence - a.s.position!.influence || a.s.name.localeCompare(b.s.name))
  const maxLabel = compact ? W * 0.3 : W * 0.28
  const lh = lineHeight(labelStyle)
  for (const { s, x, y } of order) {
    const text = fitText(s.name, maxLabel, labelStyle, measure)
    const w = measure(text, labelStyle)
    const gap = radius + 2
    const spots: Box[] = [
      { x: x + gap, y: y - lh / 2, w, h: lh },
      { x: x - gap - w, y: y - lh / 2, w, h: lh },
      { x: x - w / 2, y: y - gap - lh, w, h: lh },
      { x: x - w / 2, y: y + gap, w, h: lh },
      { x: x + gap * 0.7, y: y - gap * 0.7 - lh, w, h: lh },
      { x: x + gap * 0.7, y: y + gap * 0.7, w, h: lh },
      { x: x - gap * 0.7 - w, y: y - gap * 0.7 - lh, w, h: lh },
      { x: x - gap * 0.7 - w, y: y + gap * 0.7, w, h: lh },
    ]
    const spot = spots.find((b) => b.x >= 1 && b.y >= 1 && b.x + b.w <= W - 1 && b.y + b.h <= H - 1 && !occupied.hits(b))
    if (!spot) {
      unlabelled += 1
      continue
    }
    occupied.add(spot)
    items.push({ kind: 'text', x: spot.x, y: spot.y + (lh - labelStyle.size) / 2 - labelStyle.size * 0.1, text, style: labelStyle, colour: '#111827' })
  }

  return { items, unlabelled, placed: placed.length }
}

/** The axis captions drawn outside the map: interest along the bottom, influence up the left side. */
export function mapAxisCaptions(width: number, height: number): PageItem[] {
  const style: TextStyle = { face: 'italic', size: 8 }
  return [
    { kind: 'text', x: 0, y: height + 4, text: 'Interest and impact: low → high', style, colour: MUTED_INK },
    { kind: 'text', x: width - 150, y: height + 4, text: 'Influence: low ↓ high ↑', style, colour: MUTED_INK },
  ]
}

/** Boxes bucketed on a coarse grid, so each overlap test looks at a few neighbours, not every label. */
class CollisionGrid {
  private readonly cell = 24
  private readonly cells = new Map<number, Box[]>()
  private readonly columns: number

  constructor(width: number, _height: number) {
    this.columns = Math.ceil(width / this.cell) + 2
  }

  private keys(b: Box): number[] {
    const keys: number[] = []
    const x0 = Math.floor(b.x / this.cell)
    const x1 = Math.floor((b.x + b.w) / this.cell)
    const y0 = Math.floor(b.y / this.cell)
    const y1 = Math.floor((b.y + b.h) / this.cell)
    for (let gx = x0; gx <= x1; gx += 1) for (let gy = y0; gy <= y1; gy += 1) keys.push(gy * this.columns + gx)
    return keys
  }

  add(b: Box): void {
    for (const key of this.keys(b)) {
      const list = this.cells.get(key)
      if (list) list.push(b)
      else this.cells.set(key, [b])
    }
  }

  hits(b: Box): boolean {
    for (const key of this.keys(b)) {
      for (const o of this.cells.get(key) ?? []) {
        if (b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h) return true
      }
    }
    return false
  }
}
