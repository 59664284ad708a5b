import { type Box, type LabelSubject, placeLabels } from '../map/label-placement'
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

  const obstacles: Box[] = []
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
    obstacles.push({ x: corner.right ? W - pad - Math.max(tw, mw) : pad, y: top, w: Math.max(tw, mw), h: blockH })
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
      for (let t = radius; t <= length; t += 4) obstacles.push({ x: x + ux * t - 1, y: y + uy * t - 1, w: 2, h: 2 })
      items.push({ kind: 'circle', cx: dx, cy: dy, r: radius * 0.55, fill: '#FFFFFF', stroke: '#374151' })
    }
  }

  for (const { s, x, y } of dots) {
    items.push({ kind: 'circle', cx: x, cy: y, r: radius, fill: ATTITUDE_INFO[s.attitude].colour, stroke: '#FFFFFF' })
  }

  const maxLabel = compact ? W * 0.3 : W * 0.28
  const lh = lineHeight(labelStyle)
  const texts = new Map<string, string>()
  const subjects: LabelSubject[] = dots.map(({ s, x, y }, index) => {
    // The index keeps two people who share an id (a hand-edited file) apart.
    const id = String(index)
    const text = fitText(s.name, maxLabel, labelStyle, measure)
    texts.set(id, text)
    return { id, x, y, width: measure(text, labelStyle), height: lh, influence: s.position!.influence, name: s.name }
  })
  const labels = placeLabels(subjects, { bounds: { left: 1, top: 1, right: W - 1, bottom: H - 1 }, dotRadius: radius, gap: radius + 2, obstacles })
  let unlabelled = 0
  for (const { subject, box, free } of labels) {
    if (!free) {
      unlabelled += 1
      continue
    }
    items.push({ kind: 'text', x: box.x, y: box.y + (lh - labelStyle.size) / 2 - labelStyle.size * 0.1, text: texts.get(subject.id)!, style: labelStyle, colour: '#111827' })
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
