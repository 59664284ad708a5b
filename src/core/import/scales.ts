import { normaliseWord } from './clean-text'

/** How a column of scores is written; each maps onto the map's 0–100. */
export const SCALE_IDS = ['1-5', '0-5', '1-10', '0-10', '0-100', '0-1', '1-3', 'words'] as const
export type ScaleId = (typeof SCALE_IDS)[number]

interface ScaleInfo {
  label: string
  min: number
  max: number
}

export const SCALES: Readonly<Record<ScaleId, ScaleInfo>> = {
  '1-5': { label: '1 to 5', min: 1, max: 5 },
  '0-5': { label: '0 to 5', min: 0, max: 5 },
  '1-10': { label: '1 to 10', min: 1, max: 10 },
  '0-10': { label: '0 to 10', min: 0, max: 10 },
  '0-100': { label: '0 to 100 or percent', min: 0, max: 100 },
  '0-1': { label: '0 to 1 (fractions)', min: 0, max: 1 },
  '1-3': { label: '1 to 3', min: 1, max: 3 },
  words: { label: 'Words (low, medium, high)', min: 0, max: 100 },
}

/** Words for a level, normalised; the value is where they land on 0–100. */
const LEVEL_WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [0, ['none', 'nil', 'keine', 'aucun', 'geen']],
  [10, ['very low', 'very-low', 'vl', 'minimal', 'sehr niedrig', 'sehr gering', 'tres faible', 'zeer laag', 'muy bajo']],
  [25, ['low', 'l', 'lo', 'niedrig', 'gering', 'faible', 'bas', 'basse', 'laag', 'bajo', 'baja', 'basso']],
  [37.5, ['low-medium', 'low medium', 'medium-low', 'medium low', 'med-low', 'lm']],
  [50, ['medium', 'med', 'm', 'mid', 'moderate', 'average', 'mittel', 'moyen', 'moyenne', 'gemiddeld', 'middel', 'medio', 'media']],
  [62.5, ['medium-high', 'medium high', 'high-medium', 'med-high', 'mh']],
  [75, ['high', 'h', 'hi', 'hoch', 'eleve', 'elevee', 'fort', 'forte', 'haut', 'hoog', 'alto', 'alta']],
  [90, ['very high', 'very-high', 'vh', 'critical', 'sehr hoch', 'tres eleve', 'tres elevee', 'zeer hoog', 'muy alto']],
]
const WORD_VALUES = new Map<string, number>()
for (const [value, words] of LEVEL_WORDS) for (const word of words) WORD_VALUES.set(word, value)

export type ScoreCell =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'word'; value: number }
  | { kind: 'unreadable'; text: string }

/** Reads one score cell: "4", " 3,5 " (decimal comma), "70 %", "-2", "High", or something unreadable. */
export function readScoreCell(raw: string): ScoreCell {
  const text = raw.trim()
  if (!text) return { kind: 'empty' }
  const number = /^([-+−]?)(\d+(?:[.,]\d+)?|[.,]\d+)\s*(%?)$/.exec(text)
  if (number) {
    const sign = number[1] === '-' || number[1] === '−' ? -1 : 1
    const value = sign * Number((number[2] ?? '').replace(',', '.'))
    return { kind: 'number', value, percent: number[3] === '%' }
  }
  const word = WORD_VALUES.get(normaliseWord(text))
  return word === undefined ? { kind: 'unreadable', text } : { kind: 'word', value: word }
}

/**
 * The scale a column is written in, from all its cells. Words win if most cells are words; any
 * percent sign means 0–100; otherwise the narrowest usual scale that holds every value, leaving out
 * negative values and values above 100, which no scale holds and which are reported row by row.
 */
export function detectScale(cells: readonly string[]): ScaleId | null {
  const read = cells.map(readScoreCell)
  const words = read.filter((c) => c.kind === 'word').length
  const numbers = read.flatMap((c) => (c.kind === 'number' ? [c] : []))
  if (words === 0 && numbers.length === 0) return null
  if (words >= numbers.length) return 'words'
  if (numbers.some((n) => n.percent)) return '0-100'
  const values = numbers.map((n) => n.value).filter((v) => v >= 0 && v <= 100)
  if (values.length === 0) return '0-100'
  const max = Math.max(...values)
  const hasZero = values.some((v) => v === 0)
  const fractional = values.some((v) => !Number.isInteger(v))
  if (max <= 1 && fractional) return '0-1'
  if (max <= 5) return hasZero ? '0-5' : '1-5'
  if (max <= 10) return hasZero ? '0-10' : '1-10'
  return '0-100'
}

export type ScoreResult = { ok: true; score: number } | { ok: false; problem: string } | { ok: true; score: null }

/** One cell on the map's 0–100, or why it cannot be: outside the scale, negative, or not a score at all. */
export function toScore(raw: string, scale: ScaleId): ScoreResult {
  const cell = readScoreCell(raw)
  if (cell.kind === 'empty') return { ok: true, score: null }
  if (cell.kind === 'unreadable') return { ok: false, problem: `"${shorten(cell.text)}" is not a score` }
  if (scale === 'words') {
    if (cell.kind === 'word') return { ok: true, score: cell.value }
    return { ok: false, problem: `${cell.value} is a number, but this column holds words` }
  }
  if (cell.kind === 'word') {
    // A stray "high" in a numeric column still says clearly where the person is.
    return { ok: true, score: cell.value }
  }
  const { min, max, label } = SCALES[scale]
  const value = cell.percent && scale !== '0-100' ? (cell.value / 100) * (max - min) + min : cell.value
  if (value < min || value > max) return { ok: false, problem: `${formatNumber(cell.value)}${cell.percent ? '%' : ''} is outside the ${label} scale` }
  return { ok: true, score: Math.round(((value - min) / (max - min)) * 1000) / 10 }
}

const formatNumber = (n: number) => String(Math.round(n * 1000) / 1000)
const shorten = (text: string) => (text.length > 40 ? `${Array.from(text).slice(0, 38).join('')}…` : text)

/** A scale the header names, as in "Influence (1-5)", "Power 1–10" or "Impact %"; null when it names none. */
export function scaleFromHeader(header: string): ScaleId | null {
  if (/%|percent/i.test(header)) return '0-100'
  const range = /(\d+)\s*(?:-|–|—|to|bis|à|tot)\s*(\d+)/i.exec(header)
  if (!range) return null
  const named = `${Number(range[1])}-${Number(range[2])}`
  return (SCALE_IDS as readonly string[]).includes(named) ? (named as ScaleId) : null
}
