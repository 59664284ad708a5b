import { useEffect, useState } from 'react'
import { create } from 'zustand'
import type { MeasureText } from '../../core/exports/display-list'
import { fitText } from '../../core/exports/text-layout'
import { type Box, type LabelSubject, placeLabels } from '../../core/map/label-placement'
import type { Stakeholder } from '../../core/workshop/schema'
import { MAP_SIZE, NODE_RADIUS, fitView, positionToWorld } from './map-geometry'
import { mapTextWidth } from './map-text-measure'
import { quadrantTitleBlocks } from './quadrant-backdrop'

/** A name's font size and widest label in world units, before presentation and zoom scaling. */
export const LABEL_SIZE = 18
const LABEL_MAX_WIDTH = 190
/** A name with no room at full length tries again cut to this width: "Tomasz Wiś…" beats no name at all. */
const SHORT_LABEL_WIDTH = 100
/** The label box is a little taller than the text, so stacked names keep a gap. */
const LABEL_LINE = 1.15
/** The room the selection ring takes around a disc. */
const RING = 8

/** One person's name on the map, in world units; x and y are the label's top left, relative to the dot. */
export interface NodeLabel {
  text: string
  x: number
  y: number
  width: number
  height: number
  fontSize: number
  /** Whether the spot covers no other name or dot; a name without one shows only while its person is selected, dragged or hovered. */
  free: boolean
  /** For a name shortened to fit: the whole name and where it would go, shown while its person is hovered. */
  whole?: { text: string; x: number; y: number; width: number }
}

export interface LabelLayoutInput {
  stakeholders: readonly Stakeholder[]
  /** The text each person's label shows (presentation mode anonymises); an empty text has no label. */
  texts?: ReadonlyMap<string, { label: string }> | undefined
  nodeScale: number
  textScale: number
  /** From `labelZoom`: how much names grow against the map when zoomed in. */
  zoom: number
  selectedId: string | null
  /** Arrows, ghosts and target rings drawn over the map, which names keep clear of too. */
  marks?: readonly Box[]
}

/**
 * Names grow with the map up to the fitted view; zoomed in further they grow by the square root
 * of the zoom, so zooming into a crowd both enlarges the names and makes room for more of them.
 */
export function labelZoom(scale: number, viewport: { width: number; height: number }): number {
  if (viewport.width <= 0 || viewport.height <= 0) return 1
  const fit = fitView(viewport.width, viewport.height).scale
  return scale > fit ? Math.sqrt(fit / scale) : 1
}

const measure: MeasureText = (text, style) => mapTextWidth(text, style.size, style.face === 'bold')

type LabelStyle = { face: 'bold' | 'regular'; size: number }

/** Where every name on the map goes: the shared placement of `src/core/map`, in world units. */
export function layoutLabels({ stakeholders, texts, nodeScale, textScale, zoom, selectedId, marks = [] }: LabelLayoutInput): Map<string, NodeLabel> {
  const scale = nodeScale * zoom
  const fontSize = LABEL_SIZE * scale
  const height = fontSize * LABEL_LINE
  const styleOf = (id: string): LabelStyle => ({ face: id === selectedId ? 'bold' : 'regular', size: LABEL_SIZE })
  const subjectOf = (s: LabelSubject, text: string): LabelSubject => ({
    ...s,
    // 2% and a unit of slack: Konva measures again at the drawn size, where hinting may add a little.
    width: measure(text, styleOf(s.id)) * scale * 1.02 + 1,
  })
  const labelTexts = new Map<string, string>()
  const subjects: LabelSubject[] = []
  for (const s of stakeholders) {
    if (!s.position) continue
    const text = fitText(texts?.get(s.id)?.label ?? s.name, LABEL_MAX_WIDTH, styleOf(s.id), measure)
    if (!text) continue
    labelTexts.set(s.id, text)
    subjects.push(subjectOf({ id: s.id, ...positionToWorld(s.position), width: 0, height, influence: s.position.influence, name: s.name }, text))
  }
  const dotRadius = NODE_RADIUS * nodeScale + 2
  const options = {
    bounds: { left: 0, top: 0, right: MAP_SIZE, bottom: MAP_SIZE },
    dotRadius,
    gap: (NODE_RADIUS + RING) * nodeScale,
    obstacles: [...quadrantTitleBlocks(textScale), ...marks],
    pinned: new Set(selectedId ? [selectedId] : []),
    cell: Math.max(24, height),
  }
  const placed = placeLabels(subjects, options)
  const result = new Map<string, NodeLabel>()
  for (const { subject, box, free } of placed) {
    result.set(subject.id, { text: labelTexts.get(subject.id)!, x: box.x - subject.x, y: box.y - subject.y, width: box.w, height, fontSize, free })
  }

  // A name left off at full length tries again shortened, around every disc and every name placed.
  const shortened = new Map<string, string>()
  for (const { subject, free } of placed) {
    if (free || options.pinned.has(subject.id)) continue
    const whole = labelTexts.get(subject.id)!
    const text = fitText(whole, SHORT_LABEL_WIDTH, styleOf(subject.id), measure)
    if (text && text !== whole) shortened.set(subject.id, text)
  }
  if (shortened.size === 0) return result
  const retry = subjects.filter((s) => shortened.has(s.id)).map((s) => subjectOf(s, shortened.get(s.id)!))
  // The selected person's name is drawn even without a free spot, so it counts as taken too.
  const taken = placed.filter((p) => p.free || options.pinned.has(p.subject.id)).map((p) => p.box)
  const discs = subjects.map(({ x, y }) => ({ x: x - dotRadius, y: y - dotRadius, w: dotRadius * 2, h: dotRadius * 2 }))
  for (const { subject, box, free } of placeLabels(retry, { ...options, obstacles: [...options.obstacles, ...taken, ...discs] })) {
    const whole = result.get(subject.id)
    if (!free || !whole) continue
    const { text, x, y, width } = whole
    result.set(subject.id, { ...whole, text: shortened.get(subject.id)!, x: box.x - subject.x, y: box.y - subject.y, width: box.w, free: true, whole: { text, x, y, width } })
  }
  return result
}

/** The label's box in world units, for a dot at (x, y). */
export const labelBox = (label: NodeLabel, x: number, y: number): Box => ({ x: x + label.x, y: y + label.y, w: label.width, h: label.height })

/** The value, once it has stopped changing for `ms`: zooming re-places names once, when the wheel stops. */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return settled
}

/** The person under the pointer, whose hidden name the map shows while it is there. */
export const useHoveredNode = create<{ id: string | null }>(() => ({ id: null }))
