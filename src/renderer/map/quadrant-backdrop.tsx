import { Arrow, Group, Line, Rect, Text } from 'react-konva'
import { QUADRANTS, type QuadrantId } from '../../core/map/quadrant'
import type { Box } from '../../core/map/label-placement'
import { MAP_SIZE } from './map-geometry'
import { MAP_FONT, mapTextWidth } from './map-text-measure'

export { MAP_FONT }
const HALF = MAP_SIZE / 2
const PAD = 22
const AXIS_COLOUR = '#1F2937'

const TILES: ReadonlyArray<{ id: QuadrantId; x: number; y: number; align: 'left' | 'right'; top: boolean }> = [
  { id: 'change-sponsors', x: 0, y: 0, align: 'left', top: true },
  { id: 'change-makers', x: HALF, y: 0, align: 'right', top: true },
  { id: 'onlookers', x: 0, y: HALF, align: 'left', top: false },
  { id: 'change-adopters', x: HALF, y: HALF, align: 'right', top: false },
]

const titleTop = (tile: (typeof TILES)[number], textScale: number) => (tile.top ? tile.y + PAD : tile.y + HALF - PAD - 70 * textScale)

/** Where each quadrant's name and motto are drawn, so names on the map keep clear of them. */
export function quadrantTitleBlocks(textScale: number): Box[] {
  return TILES.map((tile) => {
    const info = QUADRANTS[tile.id]
    const w = Math.min(HALF - 2 * PAD, Math.max(mapTextWidth(info.name, 34 * textScale, true), mapTextWidth(info.motto.toUpperCase(), 19 * textScale, false, 1)))
    const x = tile.align === 'left' ? tile.x + PAD : tile.x + HALF - PAD - w
    return { x, y: titleTop(tile, textScale), w, h: (44 + 19) * textScale }
  })
}

/** The four coloured quadrants, their names and the two axes. Static: drawn on a non-listening layer. */
export function QuadrantBackdrop({ dimmed, textScale = 1, axisColour = AXIS_COLOUR }: { dimmed?: QuadrantId | null; textScale?: number; axisColour?: string }) {
  // Axis titles live in the margin, so they may grow only a little before they leave it.
  const axisScale = Math.min(textScale, 1.25)
  return (
    <Group listening={false}>
      {TILES.map((tile) => {
        const info = QUADRANTS[tile.id]
        const textY = titleTop(tile, textScale)
        return (
          <Group key={tile.id} opacity={dimmed && dimmed !== tile.id ? 0.35 : 1}>
            <Rect x={tile.x} y={tile.y} width={HALF} height={HALF} fill={info.fill} perfectDrawEnabled={false} />
            <Text
              x={tile.x + PAD}
              y={textY}
              width={HALF - 2 * PAD}
              align={tile.align}
              text={info.name}
              fontFamily={MAP_FONT}
              fontStyle="bold"
              fontSize={34 * textScale}
              fill={info.accent}
              perfectDrawEnabled={false}
            />
            <Text
              x={tile.x + PAD}
              y={textY + 44 * textScale}
              width={HALF - 2 * PAD}
              align={tile.align}
              text={info.motto.toUpperCase()}
              fontFamily={MAP_FONT}
              fontSize={19 * textScale}
              letterSpacing={1}
              fill={info.accent}
              perfectDrawEnabled={false}
            />
          </Group>
        )
      })}
      <Line points={[HALF, 0, HALF, MAP_SIZE]} stroke="#FFFFFF" strokeWidth={6} />
      <Line points={[0, HALF, MAP_SIZE, HALF]} stroke="#FFFFFF" strokeWidth={6} />
      <Rect width={MAP_SIZE} height={MAP_SIZE} stroke={axisColour} strokeWidth={2} />
      <Arrow points={[-28, MAP_SIZE, -28, 0]} stroke={axisColour} fill={axisColour} strokeWidth={3} pointerLength={14} pointerWidth={14} />
      <Text
        x={-70}
        y={MAP_SIZE / 2}
        offsetX={MAP_SIZE / 4}
        width={MAP_SIZE / 2}
        align="center"
        rotation={-90}
        text="INFLUENCE"
        fontFamily={MAP_FONT}
        fontStyle="bold"
        fontSize={24 * axisScale}
        letterSpacing={2}
        fill={axisColour}
      />
      <Arrow points={[0, MAP_SIZE + 28, MAP_SIZE, MAP_SIZE + 28]} stroke={axisColour} fill={axisColour} strokeWidth={3} pointerLength={14} pointerWidth={14} />
      <Text
        x={0}
        y={MAP_SIZE + 44}
        width={MAP_SIZE}
        align="center"
        text="INTEREST / IMPACT"
        fontFamily={MAP_FONT}
        fontStyle="bold"
        fontSize={24 * axisScale}
        letterSpacing={2}
        fill={axisColour}
      />
    </Group>
  )
}
