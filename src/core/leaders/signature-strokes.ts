import type { Signature } from './schema'

/** The pad's drawing area; signatures keep these coordinates and the PDF scales them into its box. */
export const SIGNATURE_PAD = { width: 600, height: 200 } as const

/** Points closer than this to the previous one add nothing visible and only bloat the file. */
export const MIN_POINT_DISTANCE = 1.5

/** Most points one stroke may hold, as the schema allows (x and y each count). */
const MAX_STROKE_NUMBERS = 20_000

/** One pen movement, as a flat list x0, y0, x1, y1, … in pad coordinates. */
export type Stroke = readonly number[]

const round = (n: number) => Math.round(n * 10) / 10
const clamp = (n: number, max: number) => Math.min(max, Math.max(0, n))

/**
 * The stroke with a new pen position appended: clamped to the pad, rounded to a tenth, and
 * skipped when it is too close to the last point or the stroke is full. Returns the same array
 * when nothing was added.
 */
export function appendPoint(stroke: Stroke, x: number, y: number): Stroke {
  const px = round(clamp(x, SIGNATURE_PAD.width))
  const py = round(clamp(y, SIGNATURE_PAD.height))
  const n = stroke.length
  if (n >= MAX_STROKE_NUMBERS) return stroke
  if (n >= 2 && Math.hypot(px - (stroke[n - 2] ?? 0), py - (stroke[n - 1] ?? 0)) < MIN_POINT_DISTANCE) return stroke
  return [...stroke, px, py]
}

/** The strokes as a stored signature, or null when nothing was drawn (a blank line to sign on paper). */
export function toSignature(strokes: readonly Stroke[], signedAt: Date): Signature | null {
  const drawn = strokes.filter((s) => s.length >= 2)
  if (!drawn.length) return null
  return {
    width: SIGNATURE_PAD.width,
    height: SIGNATURE_PAD.height,
    strokes: drawn.slice(0, 500).map((points) => ({ points: [...points] })),
    signedAt: signedAt.toISOString(),
  }
}
