import { Circle, Group, Text } from 'react-konva'
import type { DotVote } from '../../core/voting/schema'
import { tally } from '../../core/voting/vote-edits'
import type { Stakeholder } from '../../core/workshop/schema'
import { NODE_RADIUS, positionToWorld } from '../map/map-geometry'
import { MAP_FONT } from '../map/quadrant-backdrop'

const BADGE_RADIUS = 15
const BADGE_FILL = '#FFD54F'

/** The newest revealed vote on people, the one the room can see on the map. */
export function latestRevealedPeopleVote(votes: readonly DotVote[]): DotVote | null {
  return votes.find((v) => v.subject === 'stakeholders' && v.revealed) ?? null
}

/** A yellow badge with the dot count at the top right of each person who got dots. */
export function VoteDots({ vote, stakeholders, scale }: { vote: DotVote; stakeholders: readonly Stakeholder[]; scale: number }) {
  const byId = new Map(stakeholders.map((s) => [s.id, s]))
  return (
    <Group listening={false}>
      {tally(vote)
        .filter((row) => row.dots > 0)
        .map((row) => {
          const position = byId.get(row.optionId)?.position
          if (!position) return null
          const { x, y } = positionToWorld(position)
          const offset = NODE_RADIUS * 0.8
          return (
            <Group key={row.optionId} x={x + offset * scale} y={y - offset * scale} scaleX={scale} scaleY={scale}>
              <Circle radius={BADGE_RADIUS} fill={BADGE_FILL} stroke="#000000" strokeWidth={3} />
              <Text
                name="vote-dots"
                text={String(row.dots)}
                x={-BADGE_RADIUS}
                y={-8}
                width={BADGE_RADIUS * 2}
                align="center"
                fontFamily={MAP_FONT}
                fontStyle="bold"
                fontSize={16}
                fill="#000000"
              />
            </Group>
          )
        })}
    </Group>
  )
}
