import Konva from 'konva'

/** The map's typeface, for every text on the canvas. */
export const MAP_FONT = 'DejaVu Sans, sans-serif'

let measurer: Konva.Text | null = null
const widths = new Map<string, number>()

/**
 * A text's width on the map, measured as Konva will draw it. Cached: names are placed again on
 * every move and zoom, and a crowd of a thousand would otherwise be measured each time.
 */
export function mapTextWidth(text: string, fontSize: number, bold = false, letterSpacing = 0): number {
  const key = `${bold ? 'b' : 'r'}${fontSize}|${letterSpacing}|${text}`
  let width = widths.get(key)
  if (width === undefined) {
    measurer ??= new Konva.Text({ fontFamily: MAP_FONT })
    measurer.setAttrs({ fontSize, fontStyle: bold ? 'bold' : 'normal', letterSpacing })
    width = measurer.measureSize(text).width + letterSpacing * Array.from(text).length
    widths.set(key, width)
  }
  return width
}
