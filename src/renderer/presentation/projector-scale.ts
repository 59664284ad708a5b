import { fitView } from '../map/map-geometry'

/** Font size of a name label on the map, in world units, before presentation scaling. */
const BASE_LABEL = 18
const BASE_MOTTO = 19

/** Quadrant titles wrap past this, so their growth stops here. */
const MAX_TEXT_SCALE = 1.3

/**
 * Sizes for the back row, in proportion to the screen: names 28 px at 1080 lines (56 px at 2160),
 * never under 18 px; quadrant mottos about 24 px at 1080 lines.
 */
export function projectorScales(width: number, height: number): { nodeScale: number; textScale: number } {
  const fit = fitView(width, height).scale
  const labelPx = Math.max(18, height * 0.026)
  const mottoPx = height * 0.0225
  return {
    nodeScale: Math.max(1, labelPx / (BASE_LABEL * fit)),
    textScale: Math.min(MAX_TEXT_SCALE, Math.max(1, mottoPx / (BASE_MOTTO * fit))),
  }
}
