import { memo, useState } from 'react'
import { Arrow, Circle, Group, Layer, Line, Text } from 'react-konva'
import { type MapPosition, clampPosition } from '../../core/map/quadrant'
import { setDesiredPosition } from '../../core/plan/plan-rules'
import type { Stakeholder } from '../../core/workshop/schema'
import { sessionActions, useSessionStore } from '../state/workshop-session'
import { positionToWorld } from './map-geometry'
import { clearCursor, nodeMapPosition, showGrabCursor } from './map-node'
import { ARROW_COLOUR, arrowPoints } from './movement-layer'
import { useHidesLiveNodes, useMovement } from './movement-store'
import { MAP_FONT } from './quadrant-backdrop'

export const TARGET_RADIUS = 16
type Targeted = Stakeholder & { position: MapPosition; desired: MapPosition }

const onTargetMoved = (person: Targeted, desired: MapPosition) =>
  sessionActions.edit(`Move the target of ${person.name}`, (w) => setDesiredPosition(w, person.id, desired))

/**
 * Desired positions: a dashed arrow from where someone stands to where we want them, ending in a
 * target ring that can be dragged. Shows everyone's with "Show targets" on, else the selected person's.
 */
export function TargetLayer() {
  const stakeholders = useSessionStore((s) => s.session?.history.present.stakeholders)
  const selectedId = useSessionStore((s) => s.session?.selectedId ?? null)
  const showAll = useMovement((s) => s.showTargets)
  const hidden = useHidesLiveNodes()
  if (!stakeholders || hidden) return null
  const targeted = stakeholders.filter((s): s is Targeted => s.position !== null && s.desired !== null && (showAll || s.id === selectedId))
  if (targeted.length === 0) return null
  return (
    <Layer>
      {targeted.map((s) => (
        <TargetMarker key={s.id} person={s} selected={s.id === selectedId} />
      ))}
    </Layer>
  )
}

const TargetMarker = memo(function TargetMarker({ person, selected }: { person: Targeted; selected: boolean }) {
  // While dragged, the arrow follows the ring; the workshop changes once, on release.
  const [dragged, setDragged] = useState<MapPosition | null>(null)
  const desired = dragged ?? person.desired
  const { x, y } = positionToWorld(person.desired)
  const points = arrowPoints(person.position, desired, 26, TARGET_RADIUS + 4)
  return (
    <>
      {points && <Arrow points={points} stroke={ARROW_COLOUR} fill={ARROW_COLOUR} strokeWidth={3} dash={[12, 8]} pointerLength={14} pointerWidth={14} listening={false} />}
      <Group
        x={x}
        y={y}
        draggable
        name="target"
        id={`target-${person.id}`}
        onMouseDown={() => sessionActions.select(person.id)}
        onDragMove={(event) => setDragged(clampPosition(nodeMapPosition(event.target)))}
        onDragEnd={(event) => {
          const next = clampPosition(nodeMapPosition(event.target))
          setDragged(null)
          onTargetMoved(person, next)
        }}
        onMouseEnter={showGrabCursor}
        onMouseLeave={clearCursor}
      >
        <Circle radius={TARGET_RADIUS} fill="rgba(255,255,255,0.75)" stroke={ARROW_COLOUR} strokeWidth={selected ? 5 : 3} />
        <Circle radius={5} fill={ARROW_COLOUR} />
        <Line points={[-TARGET_RADIUS - 6, 0, -TARGET_RADIUS + 4, 0]} stroke={ARROW_COLOUR} strokeWidth={3} />
        <Line points={[TARGET_RADIUS - 4, 0, TARGET_RADIUS + 6, 0]} stroke={ARROW_COLOUR} strokeWidth={3} />
        {selected && (
          <Text text="Target" x={-60} y={TARGET_RADIUS + 6} width={120} align="center" fontFamily={MAP_FONT} fontStyle="bold" fontSize={16} fill={ARROW_COLOUR} listening={false} />
        )}
      </Group>
    </>
  )
})
