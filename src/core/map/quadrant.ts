/** A point on the map: interest/impact runs left to right (x), influence bottom to top (y), both 0–100. */
export interface MapPosition {
  interest: number
  influence: number
}

export const QUADRANT_IDS = ['change-makers', 'change-sponsors', 'onlookers', 'change-adopters'] as const
export type QuadrantId = (typeof QUADRANT_IDS)[number]

export interface QuadrantInfo {
  id: QuadrantId
  name: string
  /** The short instruction printed in the quadrant. */
  motto: string
  /** The default way to engage the people in it, in a sentence. */
  approach: string
  /** Pastel fill used behind the quadrant on screen and in PDFs. */
  fill: string
  /** Darker shade of the same hue for titles and borders, readable on white and on the fill. */
  accent: string
  /** Keyboard digit that sends a person to this quadrant. */
  key: '1' | '2' | '3' | '4'
}

/** The midline of both axes. */
export const MIDLINE = 50

export const QUADRANTS: Readonly<Record<QuadrantId, QuadrantInfo>> = {
  'change-makers': {
    id: 'change-makers',
    name: 'Change-Makers',
    motto: 'Engage actively · co-create',
    approach: 'Bring them into the design of the change: co-creation workshops and setting priorities together.',
    fill: '#F7C6DA',
    accent: '#A3154F',
    key: '1',
  },
  'change-sponsors': {
    id: 'change-sponsors',
    name: 'Change Sponsors',
    motto: 'Win their backing',
    approach: 'Keep them aligned and backing us: short progress reports, alignment calls and well-branded updates.',
    fill: '#FBD2AE',
    accent: '#A84300',
    key: '2',
  },
  onlookers: {
    id: 'onlookers',
    name: 'Onlookers',
    motto: 'Keep them informed',
    approach: 'Light-touch updates so nothing surprises them: progress notes, alignment check-ins and branded news.',
    fill: '#C9E8C4',
    accent: '#2A6B2E',
    key: '3',
  },
  'change-adopters': {
    id: 'change-adopters',
    name: 'Change Adopters',
    motto: 'Motivate and enable',
    approach: 'Help them adopt with confidence: practical how-to guides, training and a steady drip of tips.',
    fill: '#FAEC9E',
    accent: '#7A5F00',
    key: '4',
  },
}

/**
 * The quadrant a position falls in. Rule for the midlines: a value of exactly 50 counts as high,
 * so a point on a midline belongs to the upper or right-hand quadrant, and the centre is a Change-Maker.
 */
export function quadrantOf(position: MapPosition): QuadrantId {
  const highInfluence = position.influence >= MIDLINE
  const highInterest = position.interest >= MIDLINE
  if (highInfluence) return highInterest ? 'change-makers' : 'change-sponsors'
  return highInterest ? 'change-adopters' : 'onlookers'
}

/** The centre of a quadrant, where a person sent there by keyboard lands. */
export function quadrantCentre(id: QuadrantId): MapPosition {
  const high = 75
  const low = 25
  switch (id) {
    case 'change-makers':
      return { interest: high, influence: high }
    case 'change-sponsors':
      return { interest: low, influence: high }
    case 'onlookers':
      return { interest: low, influence: low }
    case 'change-adopters':
      return { interest: high, influence: low }
  }
}

/** Keeps a position inside the map, rounded to one decimal so files stay tidy. */
export function clampPosition(position: MapPosition): MapPosition {
  const clamp = (v: number) => Math.round(Math.min(100, Math.max(0, Number.isFinite(v) ? v : 0)) * 10) / 10
  return { interest: clamp(position.interest), influence: clamp(position.influence) }
}

/** Straight-line distance between two positions, in map units. */
export function distance(a: MapPosition, b: MapPosition): number {
  return Math.hypot(a.interest - b.interest, a.influence - b.influence)
}
