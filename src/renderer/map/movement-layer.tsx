import { Fragment, useMemo } from 'react'
import { Arrow, Circle, Group, Layer, Text } from 'react-konva'
import { type MapPosition } from '../../core/map/quadrant'
import { type SnapshotEntry, compareEntries } from '../../core/tracking/progress'
import { ATTITUDE_INFO } from '../../core/workshop/attitude'
import type { Stakeholder } from '../../core/workshop/schema'
import { useSessionStore } from '../state/workshop-session'
import { NODE_RADIUS, initialsOf, positionToWorld } from './map-geometry'
import { NOW, pictureEntries, useMovement } from './movement-store'
import { MAP_FONT } from './quadrant-backdrop'

export const ARROW_COLOUR = '#111827'
const LABEL_WIDTH = 190

/** Arrow points between two map positions, stopping short of the discs at both ends. */
export function arrowPoints(from: MapPosition, to: MapPosition, startGap = NODE_RADIUS + 4, endGap = NODE_RADIUS + 4): number[] | null {
  const a = positionToWorld(from)
  const b = positionToWorld(to)
  const length = Math.hypot(b.x - a.x, b.y - a.y)
  if (length <= startGap + endGap + 6) return null
  const ux = (b.x - a.x) / length
  const uy = (b.y - a.y) / length
  return [a.x + ux * startGap, a.y + uy * startGap, b.x - ux * endGap, b.y - uy * endGap]
}

/**
 * Comparison and playback on the map: faded ghosts where people stood in the earlier picture,
 * arrows to where they stand in the later one, and (unless the later one is the live map) the
 * later picture's people themselves. Draws nothing when neither is on.
 */
export function MovementLayer() {
  const workshop = useSessionStore((s) => s.session?.history.present)
  const compare = useMovement((s) => s.compare)
  const frame = useMovement((s) => s.frame)
  // Once per workshop change, not once per frame of the playback.
  const people = useMemo(() => new Map((workshop?.stakeholders ?? []).map((s) => [s.id, s])), [workshop?.stakeholders])
  if (!workshop || (!compare && !frame)) return null
  if (frame) {
    return (
      <Layer listening={false}>
        {frame.entries.map((entry) => (
          <PictureNode key={entry.stakeholderId} entry={entry} person={people.get(entry.stakeholderId)} />
        ))}
      </Layer>
    )
  }
  if (!compare) return null
  const before = pictureEntries(workshop, compare.from)
  const after = pictureEntries(workshop, compare.to)
  if (!before || !after) return null
  const { moved } = compareEntries(before, after)
  return (
    <Layer listening={false}>
      {moved.map((m) => {
        const ghost = positionToWorld(m.from)
        const points = arrowPoints(m.from, m.to)
        return (
          <Fragment key={m.stakeholderId}>
            <Circle x={ghost.x} y={ghost.y} radius={NODE_RADIUS} fill={ATTITUDE_INFO[m.fromAttitude].colour} opacity={0.28} perfectDrawEnabled={false} />
            <Circle x={ghost.x} y={ghost.y} radius={NODE_RADIUS} stroke={ARROW_COLOUR} strokeWidth={2} dash={[6, 5]} perfectDrawEnabled={false} />
            {points && <Arrow points={points} stroke={ARROW_COLOUR} fill={ARROW_COLOUR} strokeWidth={4} pointerLength={16} pointerWidth={16} />}
          </Fragment>
        )
      })}
      {compare.to !== NOW && after.map((entry) => <PictureNode key={entry.stakeholderId} entry={entry} person={people.get(entry.stakeholderId)} />)}
    </Layer>
  )
}

/** A person as a snapshot saw them: their attitude then, their name now. Not draggable: a snapshot is history. */
function PictureNode({ entry, person }: { entry: SnapshotEntry; person: Stakeholder | undefined }) {
  const { x, y } = positionToWorld(entry.position)
  const name = person?.name ?? 'Someone deleted since'
  return (
    <Group x={x} y={y}>
      <Circle radius={NODE_RADIUS} fill={ATTITUDE_INFO[entry.attitude].colour} stroke="#FFFFFF" strokeWidth={3} perfectDrawEnabled={false} />
      <Text text={initialsOf(name)} x={-NODE_RADIUS} y={-9} width={NODE_RADIUS * 2} align="center" fontFamily={MAP_FONT} fontStyle="bold" fontSize={17} fill="#FFFFFF" />
      <Text text={name} x={-LABEL_WIDTH / 2} y={NODE_RADIUS + 6} width={LABEL_WIDTH} align="center" wrap="none" ellipsis fontFamily={MAP_FONT} fontSize={18} fill="#111827" />
    </Group>
  )
}
