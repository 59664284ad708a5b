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

/** Where every name on the map goes: the shared placement of `src/core/map`, in world units. */
export function layoutLabels({ stakeholders, texts, nodeScale, textScale, zoom, selectedId, marks = [] }: LabelLayoutInput): Map<string, NodeLabel> {
  const scale = nodeScale * zoom
  const fontSize = LABEL_SIZE * scale
  const height = fontSize * LABEL_LINE
  const fitted = new Map<string, string>()
  const subjects: LabelSubject[] = []
  for (const s of stakeholders) {
    if (!s.position) continue
    const style = { face: s.id === selectedId ? 'bold' : 'regular', size: LABEL_SIZE } as const
    const text = fitText(texts?.get(s.id)?.label ?? s.name, LABEL_MAX_WIDTH, style, measure)
    if (!text) continue
    fitted.set(s.id, text)
    const { x, y } = positionToWorld(s.position)
    // 2% and a unit of slack: Konva measures again at the drawn size, where hinting may add a little.
    subjects.push({ id: s.id, x, y, width: measure(text, style) * scale * 1.02 + 1, height, influence: s.position.influence, name: s.name })
  }
  const placed = placeLabels(subjects, {
    bounds: { left: 0, top: 0, right: MAP_SIZE, bottom: MAP_SIZE },
    dotRadius: NODE_RADIUS * nodeScale + 2,
    gap: (NODE_RADIUS + RING) * nodeScale,
    obstacles: [...quadrantTitleBlocks(textScale), ...marks],
    pinned: new Set(selectedId ? [selectedId] : []),
    cell: Math.max(24, height),
  })
  const result = new Map<string, NodeLabel>()
  for (const { subject, box, free } of placed) {
    result.set(subject.id, { text: fitted.get(subject.id)!, x: box.x - subject.x, y: box.y - subject.y, width: box.w, height, fontSize, free })
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
