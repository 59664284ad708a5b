import type Konva from 'konva'
import { memo, useState } from 'react'
import { Circle, Group, Rect, Text } from 'react-konva'
import { type MapPosition, QUADRANTS, type QuadrantId, quadrantOf } from '../../core/map/quadrant'
import { ATTITUDE_INFO } from '../../core/workshop/attitude'
import type { Stakeholder } from '../../core/workshop/schema'
import { useDragPreview } from './drag-preview-store'
import { initialsOf, positionToWorld } from './map-geometry'
import { clearCursor, nodeMapPosition, showGrabCursor } from './map-node'
import { MAP_FONT } from './quadrant-backdrop'

export const NODE_RADIUS = 22
const LABEL_WIDTH = 190

/** What a node shows in place of the name: the label under it and the text in the disc. */
export interface NodeDisplay {
  label: string
  badge: string
}

export interface StakeholderNodeProps {
  stakeholder: Stakeholder & { position: MapPosition }
  selected: boolean
  /** Layer the node moves to while dragged, so only it is redrawn on each move. */
  dragLayer: Konva.Layer | null
  onSelect(id: string): void
  onMoved(id: string, position: MapPosition): void
  display?: NodeDisplay | undefined
  /** Size of the disc and its texts against the map, for a projector. */
  scale?: number | undefined
}

/** One person or group on the map: a disc (or square for groups) in the attitude colour, with its name. */
export const StakeholderNode = memo(function StakeholderNode({ stakeholder, selected, dragLayer, onSelect, onMoved, display, scale = 1 }: StakeholderNodeProps) {
  const [dragQuadrant, setDragQuadrant] = useState<QuadrantId | null>(null)
  const { x, y } = positionToWorld(stakeholder.position)
  const colour = ATTITUDE_INFO[stakeholder.attitude].colour

  return (
    <Group
      x={x}
      y={y}
      draggable
      name="stakeholder"
      id={`node-${stakeholder.id}`}
      onMouseDown={() => onSelect(stakeholder.id)}
      onTap={() => onSelect(stakeholder.id)}
      onDragStart={(event) => {
        const node: Konva.Node = event.target
        const home = node.getLayer()
        if (dragLayer && home) {
          node.setAttr('homeLayer', home)
          node.moveTo(dragLayer)
        }
        const quadrant = quadrantOf(nodeMapPosition(node))
        setDragQuadrant(quadrant)
        useDragPreview.setState({ id: stakeholder.id, quadrant })
      }}
      onDragMove={(event) => {
        const quadrant = quadrantOf(nodeMapPosition(event.target))
        if (quadrant !== useDragPreview.getState().quadrant) {
          setDragQuadrant(quadrant)
          useDragPreview.setState({ id: stakeholder.id, quadrant })
        }
      }}
      onDragEnd={(event) => {
        const node: Konva.Node = event.target
        const home = node.getAttr('homeLayer') as Konva.Layer | undefined
        if (home) node.moveTo(home)
        setDragQuadrant(null)
        useDragPreview.setState({ id: null, quadrant: null })
        onMoved(stakeholder.id, nodeMapPosition(node))
      }}
      onMouseEnter={showGrabCursor}
      onMouseLeave={clearCursor}
    >
      <Group scaleX={scale} scaleY={scale}>
        {selected && <Circle radius={NODE_RADIUS + 9} stroke="#111827" strokeWidth={4} listening={false} perfectDrawEnabled={false} />}
        {stakeholder.kind === 'group' ? (
          <Rect
            x={-NODE_RADIUS}
            y={-NODE_RADIUS}
            width={NODE_RADIUS * 2}
            height={NODE_RADIUS * 2}
            cornerRadius={8}
            fill={colour}
            stroke="#FFFFFF"
            strokeWidth={3}
            perfectDrawEnabled={false}
            shadowForStrokeEnabled={false}
          />
        ) : (
          <Circle radius={NODE_RADIUS} fill={colour} stroke="#FFFFFF" strokeWidth={3} perfectDrawEnabled={false} shadowForStrokeEnabled={false} />
        )}
        <Text
          name="node-badge"
          text={display?.badge ?? initialsOf(stakeholder.name)}
          x={-NODE_RADIUS}
          y={-9}
          width={NODE_RADIUS * 2}
          align="center"
          fontFamily={MAP_FONT}
          fontStyle="bold"
          fontSize={17}
          fill="#FFFFFF"
          listening={false}
          perfectDrawEnabled={false}
        />
        <Text
          name="node-label"
          text={display?.label ?? stakeholder.name}
          x={-LABEL_WIDTH / 2}
          y={NODE_RADIUS + 6}
          width={LABEL_WIDTH}
          align="center"
          wrap="none"
          ellipsis
          fontFamily={MAP_FONT}
          fontStyle={selected ? 'bold' : 'normal'}
          fontSize={18}
          fill="#111827"
          listening={false}
          perfectDrawEnabled={false}
        />
        {dragQuadrant && (
          <Text
            text={`→ ${QUADRANTS[dragQuadrant].name}`}
            x={-LABEL_WIDTH / 2}
            y={NODE_RADIUS + 30}
            width={LABEL_WIDTH}
            align="center"
            fontFamily={MAP_FONT}
            fontStyle="bold"
            fontSize={17}
            fill={QUADRANTS[dragQuadrant].accent}
            listening={false}
          />
        )}
      </Group>
    </Group>
  )
})
