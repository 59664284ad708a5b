/** An axis-aligned box: a name's label, a dot, or anything else names must keep clear of. */
export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** A dot that wants its name beside it; `width` × `height` is the label's box. */
export interface LabelSubject {
  id: string
  x: number
  y: number
  width: number
  height: number
  /** Placed in order of influence, highest first, then by name. */
  influence: number
  name: string
}

export interface LabelPlacementOptions {
  /** Labels stay inside these edges. */
  bounds: { left: number; top: number; right: number; bottom: number }
  /** Half the side of the square each dot occupies; no label may cover a dot. */
  dotRadius: number
  /** From a dot's centre to the near edge of a label beside it. */
  gap: number
  /** Other things labels keep clear of (quadrant titles, arrows). */
  obstacles?: readonly Box[]
  /** Ids whose label is always shown (the selected person): placed before everyone else. */
  pinned?: ReadonlySet<string>
  /** Side of the collision grid's cells; about a label's height keeps each test to a few neighbours. */
  cell?: number
}

export interface PlacedLabel<S extends LabelSubject = LabelSubject> {
  subject: S
  /** The chosen spot; when `free` is false, where the label goes if it has to be shown anyway. */
  box: Box
  /** Whether the spot covers no other label, dot or obstacle. A pinned label is shown even when it is not. */
  free: boolean
}

/**
 * Where each name goes: greedily, pinned first, then the most influential, in the first of
 * eight spots around the dot (right, left, above, below, then the diagonals) that stays in
 * bounds and covers no other name, dot or obstacle. The result is in placement order; a
 * subject without a free spot gets its first in-bounds spot with `free: false`, so the caller
 * can leave it off, or show it on hover, rather than draw it over another name.
 */
export function placeLabels<S extends LabelSubject>(subjects: readonly S[], options: LabelPlacementOptions): PlacedLabel<S>[] {
  const { bounds, dotRadius: r, gap } = options
  const pinned = options.pinned ?? new Set<string>()
  const occupied = new CollisionGrid(options.cell ?? 24, bounds.right)
  for (const o of options.obstacles ?? []) occupied.add(o)
  for (const { x, y } of subjects) occupied.add({ x: x - r, y: y - r, w: r * 2, h: r * 2 })

  const order = [...subjects].sort(
    (a, b) => Number(pinned.has(b.id)) - Number(pinned.has(a.id)) || b.influence - a.influence || a.name.localeCompare(b.name),
  )
  const inBounds = (b: Box) => b.x >= bounds.left && b.y >= bounds.top && b.x + b.w <= bounds.right && b.y + b.h <= bounds.bottom
  const result: PlacedLabel<S>[] = []
  for (const subject of order) {
    const spots = labelSpots(subject, gap)
    const spot = spots.find((b) => inBounds(b) && !occupied.hits(b))
    if (spot) {
      occupied.add(spot)
      result.push({ subject, box: spot, free: true })
      continue
    }
    const fallback = spots.find(inBounds) ?? spots[0]!
    // A pinned label is drawn regardless, so the labels placed after it keep clear of it.
    if (pinned.has(subject.id)) occupied.add(fallback)
    result.push({ subject, box: fallback, free: false })
  }
  return result
}

/** The eight candidate spots around a dot, in order of preference. */
function labelSpots({ x, y, width: w, height: h }: LabelSubject, gap: number): Box[] {
  const d = gap * 0.7
  return [
    { x: x + gap, y: y - h / 2, w, h },
    { x: x - gap - w, y: y - h / 2, w, h },
    { x: x - w / 2, y: y - gap - h, w, h },
    { x: x - w / 2, y: y + gap, w, h },
    { x: x + d, y: y - d - h, w, h },
    { x: x + d, y: y + d, w, h },
    { x: x - d - w, y: y - d - h, w, h },
    { x: x - d - w, y: y + d, w, h },
  ]
}

/** Whether two boxes share any area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/** Boxes bucketed on a coarse grid, so each overlap test looks at a few neighbours, not every label. */
class CollisionGrid {
  private readonly cells = new Map<number, Box[]>()
  private readonly columns: number

  constructor(
    private readonly cell: number,
    width: number,
  ) {
    this.columns = Math.ceil(width / cell) + 2
  }

  private keys(b: Box): number[] {
    const keys: number[] = []
    const x0 = Math.floor(b.x / this.cell)
    const x1 = Math.floor((b.x + b.w) / this.cell)
    const y0 = Math.floor(b.y / this.cell)
    const y1 = Math.floor((b.y + b.h) / this.cell)
    for (let gx = x0; gx <= x1; gx += 1) for (let gy = y0; gy <= y1; gy += 1) keys.push(gy * this.columns + gx)
    return keys
  }

  add(b: Box): void {
    for (const key of this.keys(b)) {
      const list = this.cells.get(key)
      if (list) list.push(b)
      else this.cells.set(key, [b])
    }
  }

  hits(b: Box): boolean {
    for (const key of this.keys(b)) {
      for (const o of this.cells.get(key) ?? []) if (boxesOverlap(b, o)) return true
    }
    return false
  }
}
