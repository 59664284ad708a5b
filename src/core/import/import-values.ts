import { ATTITUDES, type Attitude } from '../workshop/attitude'
import type { StakeholderKind } from '../workshop/schema'
import { cleanCell, normaliseWord } from './clean-text'

const ATTITUDE_WORDS: Readonly<Record<Attitude, readonly string[]>> = {
  champion: ['champion', 'advocate', 'promoter', 'enthusiast', 'strong supporter', 'strongly supportive', 'very positive', '++', 'fursprecher', 'promoteur', 'kampioen', 'campeon'],
  supporter: ['supporter', 'support', 'supportive', 'positive', 'for', 'in favour', 'in favor', 'favourable', 'favorable', 'ally', '+', 'yes', 'unterstutzer', 'positiv', 'soutien', 'favorable', 'positief', 'voorstander', 'a favor'],
  neutral: ['neutral', 'neutre', 'neutraal', 'undecided', 'unknown', 'indifferent', 'mixed', 'unsure', 'unclear', '0', '?', 'n a', 'tbd', 'offen'],
  sceptic: ['sceptic', 'skeptic', 'sceptical', 'skeptical', 'doubtful', 'critical', 'concerned', 'hesitant', 'wary', 'cautious', '-', 'skeptisch', 'kritisch', 'sceptique', 'sceptisch', 'esceptico'],
  blocker: ['blocker', 'against', 'opposed', 'opponent', 'resistant', 'resister', 'negative', 'hostile', 'very negative', '--', 'no', 'gegner', 'dagegen', 'negativ', 'opposant', 'tegenstander', 'en contra'],
}
const ATTITUDE_BY_WORD = new Map<string, Attitude>()
for (const attitude of ATTITUDES) for (const word of ATTITUDE_WORDS[attitude]) ATTITUDE_BY_WORD.set(normaliseWord(word) || word, attitude)

/** The five attitudes from least to most supportive, for numeric columns. */
const FROM_AGAINST_TO_FOR: readonly Attitude[] = ['blocker', 'sceptic', 'neutral', 'supporter', 'champion']

/** A number as spreadsheets write it: a decimal comma and a typographic minus are accepted. */
const attitudeNumber = (text: string): number => Number(text.replace(',', '.').replace('−', '-'))

export type AttitudeScale = 'minus-two-to-two' | 'one-to-five'

/** A numeric attitude column runs from −2 to 2 if any value is below 1, else from 1 to 5. */
export function detectAttitudeScale(cells: readonly string[]): AttitudeScale {
  const numbers = cells
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .map(attitudeNumber)
    .filter((n) => Number.isFinite(n))
  return numbers.some((n) => n < 1) ? 'minus-two-to-two' : 'one-to-five'
}

export type Parsed<T> = { value: T; problem: string | null }

/** An attitude from a word ("Supportive", "opposed", "++") or a number on the column's scale; unknown means neutral, with a note. */
export function readAttitude(raw: string, scale: AttitudeScale): Parsed<Attitude | null> {
  const text = raw.trim()
  if (!text) return { value: null, problem: null }
  const word = ATTITUDE_BY_WORD.get(normaliseWord(text) || text)
  if (word) return { value: word, problem: null }
  const number = attitudeNumber(text)
  if (Number.isFinite(number)) {
    const index = Math.round(scale === 'minus-two-to-two' ? number + 2 : number - 1)
    const attitude = FROM_AGAINST_TO_FOR[index]
    if (attitude) return { value: attitude, problem: null }
  }
  return { value: null, problem: `attitude "${cleanCell(text, { singleLine: true, max: 40 }).value}" not recognised, set to neutral` }
}

const GROUP_WORDS = new Set(['group', 'team', 'department', 'committee', 'board', 'union', 'council', 'unit', 'organisation', 'organization', 'function', 'body', 'gruppe', 'groupe', 'groep', 'grupo', 'equipe', 'g'])
const PERSON_WORDS = new Set(['person', 'individual', 'people', 'personne', 'persoon', 'persona', 'individuum', 'p'])

/** Person or group from a "type" column; anything else is a person, with a note. */
export function readKind(raw: string): Parsed<StakeholderKind | null> {
  const word = normaliseWord(raw)
  if (!word) return { value: null, problem: null }
  if (GROUP_WORDS.has(word)) return { value: 'group', problem: null }
  if (PERSON_WORDS.has(word)) return { value: 'person', problem: null }
  return { value: null, problem: `kind "${cleanCell(raw, { singleLine: true, max: 40 }).value}" not recognised, set to person` }
}

/** Tags from one cell, separated by commas, semicolons or bars; each at most 50 characters, at most 30. */
export function readTags(raw: string): Parsed<string[]> {
  const tags: string[] = []
  let problem: string | null = null
  for (const part of raw.split(/[,;|]/)) {
    const cleaned = cleanCell(part, { singleLine: true, max: 50 })
    if (!cleaned.value) continue
    if (cleaned.changes.some((c) => c.startsWith('shortened'))) problem = 'a tag was shortened to 50 characters'
    if (!tags.includes(cleaned.value)) tags.push(cleaned.value)
  }
  if (tags.length > 30) return { value: tags.slice(0, 30), problem: `only the first 30 of ${tags.length} tags kept` }
  return { value: tags, problem }
}
