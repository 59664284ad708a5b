import type Konva from 'konva'
import { memo, useState } from 'react'
import { Circle, Group, Rect, Text } from 'react-konva'
import { type MapPosition, QUADRANTS, type QuadrantId, quadrantOf } from '../../core/map/quadrant'
import { ATTITUDE_INFO } from '../../core/workshop/attitude'
import type { Stakeholder } from '../../core/workshop/schema'
import { useDragPreview } from './drag-preview-store'
import { NODE_RADIUS, initialsOf, positionToWorld } from './map-geometry'
import { useHoveredNode } from './map-labels'
import { clearCursor, nodeMapPosition, showGrabCursor } from './map-node'
import { MAP_FONT } from './quadrant-backdrop'

const HINT_WIDTH = 190

/** What a node shows in place of the name: the label beside it and the text in the disc. */
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
  /**
   * The name where the map's label placement put it, in world units relative to the dot (flat
   * values, so a new placement re-renders only the people whose label moved). Shown when
   * `labelShown`, and always while dragged.
   */
  labelText: string
  labelX: number
  labelY: number
  labelHeight: number
  labelSize: number
  labelShown: boolean
}

const onHover = (id: string) => (event: Konva.KonvaEventObject<MouseEvent>) => {
  showGrabCursor(event)
  useHoveredNode.setState({ id })
}
const onLeave = (event: Konva.KonvaEventObject<MouseEvent>) => {
  clearCursor(event)
  useHoveredNode.setState({ id: null })
}

/** One person or group on the map: a disc (or square for groups) in the attitude colour, with its name. */
export const StakeholderNode = memo(function StakeholderNode(props: StakeholderNodeProps) {
  const { stakeholder, selected, dragLayer, onSelect, onMoved, display, scale = 1, labelX, labelY, labelHeight, labelSize } = props
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
      onMouseEnter={onHover(stakeholder.id)}
      onMouseLeave={onLeave}
    >
      <Group scaleX={scale} scaleY={scale}>
        {selected && <Circle radius={NODE_RADIUS + 6} stroke="#111827" strokeWidth={4} listening={false} perfectDrawEnabled={false} />}
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
      </Group>
      <Text
        name="node-label"
        text={props.labelText}
        x={labelX}
        y={labelY + (labelHeight - labelSize) / 2}
        visible={props.labelShown || dragQuadrant !== null}
        wrap="none"
        fontFamily={MAP_FONT}
        fontStyle={selected ? 'bold' : 'normal'}
        fontSize={labelSize}
        fill="#111827"
        listening={false}
        perfectDrawEnabled={false}
      />
      {dragQuadrant && (
        <Text
          // Under the dot, or under the name when the name sits below it.
          y={labelY > 0 ? labelY + labelHeight + 4 : (NODE_RADIUS + 12) * scale}
          x={(-HINT_WIDTH / 2) * scale}
          width={HINT_WIDTH * scale}
          text={`→ ${QUADRANTS[dragQuadrant].name}`}
          align="center"
          fontFamily={MAP_FONT}
          fontStyle="bold"
          fontSize={17 * scale}
          fill={QUADRANTS[dragQuadrant].accent}
          listening={false}
        />
      )}
    </Group>
  )
})
