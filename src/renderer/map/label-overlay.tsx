import { Fragment } from 'react'
import { Layer, Rect, Text } from 'react-konva'
import type { Stakeholder } from '../../core/workshop/schema'
import { useDragPreview } from './drag-preview-store'
import { positionToWorld } from './map-geometry'
import { type NodeLabel, useHoveredNode } from './map-labels'
import { MAP_FONT } from './map-text-measure'

/**
 * Names that have no free spot, or show only shortened, but must show whole now: the selected
 * person's and the hovered one's. Drawn above every disc on a backing, on a layer of their own, so
 * hovering redraws only this.
 */
export function LabelOverlay({ layout, stakeholders, selectedId }: { layout: ReadonlyMap<string, NodeLabel>; stakeholders: readonly Stakeholder[]; selectedId: string | null }) {
  const hoveredId = useHoveredNode((s) => s.id)
  // The dragged person's own label rides with them on the drag layer.
  const draggedId = useDragPreview((s) => s.id)
  const ids = [...new Set([selectedId, hoveredId])].filter((id): id is string => {
    const label = id === null || id === draggedId ? undefined : layout.get(id)
    return label !== undefined && (!label.free || label.whole !== undefined)
  })
  return (
    <Layer listening={false}>
      {ids.map((id) => {
        const placed = layout.get(id)!
        const label = placed.whole ? { ...placed, ...placed.whole } : placed
        const position = stakeholders.find((s) => s.id === id)?.position
        if (!position) return null
        const { x, y } = positionToWorld(position)
        const pad = label.fontSize * 0.2
        return (
          <Fragment key={id}>
            <Rect x={x + label.x - pad} y={y + label.y} width={label.width + 2 * pad} height={label.height} cornerRadius={pad} fill="#FFFFFF" opacity={0.92} />
            <Text
              name="focus-label"
              id={`label-${id}`}
              text={label.text}
              x={x + label.x}
              y={y + label.y + (label.height - label.fontSize) / 2}
              wrap="none"
              fontFamily={MAP_FONT}
              fontStyle={id === selectedId ? 'bold' : 'normal'}
              fontSize={label.fontSize}
              fill="#111827"
            />
          </Fragment>
        )
      })}
    </Layer>
  )
}
