import { Group, Rect } from 'react-konva'
import { QUADRANT_IDS, type QuadrantId } from '../../core/map/quadrant'
import { MAP_MARGIN, MAP_SIZE } from '../map/map-geometry'

const HALF = MAP_SIZE / 2
const TILE: Record<QuadrantId, { x: number; y: number }> = {
  'change-sponsors': { x: 0, y: 0 },
  'change-makers': { x: HALF, y: 0 },
  onlookers: { x: 0, y: HALF },
  'change-adopters': { x: HALF, y: HALF },
}

/** Dims the three other quadrants, people included, and rings the one under discussion. */
export function SpotlightShade({ quadrant }: { quadrant: QuadrantId }) {
  const lit = TILE[quadrant]
  return (
    <Group listening={false} name="spotlight">
      {QUADRANT_IDS.filter((q) => q !== quadrant).map((q) => {
        const tile = TILE[q]
        // Outer tiles reach into the margin so the labels of people near an edge dim too.
        const x = tile.x === 0 ? -MAP_MARGIN.left : tile.x
        const y = tile.y === 0 ? -MAP_MARGIN.top : tile.y
        const width = HALF + (tile.x === 0 ? MAP_MARGIN.left : MAP_MARGIN.right)
        const height = HALF + (tile.y === 0 ? MAP_MARGIN.top : MAP_MARGIN.bottom)
        return <Rect key={q} x={x} y={y} width={width} height={height} fill="#000000" opacity={0.68} />
      })}
      <Rect x={lit.x} y={lit.y} width={HALF} height={HALF} stroke="#FFFFFF" strokeWidth={8} />
    </Group>
  )
}
