import { QUADRANT_IDS, type QuadrantId, quadrantOf } from '../map/quadrant'
import { ATTITUDES, type Attitude } from '../workshop/attitude'
import type { Stakeholder } from '../workshop/schema'

export type RegisterColumn = 'name' | 'role' | 'unit' | 'kind' | 'quadrant' | 'attitude' | 'owner' | 'tags'
export type SortDirection = 'asc' | 'desc'
/** A quadrant, or "not on the map yet". */
export type QuadrantFilter = QuadrantId | 'unplaced'

export interface RegisterFilter {
  search: string
  quadrant: QuadrantFilter | null
  unit: string | null
  attitude: Attitude | null
  tag: string | null
}

export const NO_FILTER: RegisterFilter = { search: '', quadrant: null, unit: null, attitude: null, tag: null }

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en')

/** The quadrant someone is in, or "unplaced" when they are not on the map. */
export const quadrantFilterOf = (s: Stakeholder): QuadrantFilter => (s.position ? quadrantOf(s.position) : 'unplaced')

/** The stakeholders that pass every filter; the search matches name, role, unit, owner, tags and notes, accents ignored. */
export function filterRegister(stakeholders: readonly Stakeholder[], filter: RegisterFilter): Stakeholder[] {
  const words = fold(filter.search).split(/\s+/).filter(Boolean)
  return stakeholders.filter((s) => {
    if (filter.quadrant && quadrantFilterOf(s) !== filter.quadrant) return false
    if (filter.unit !== null && s.unit !== filter.unit) return false
    if (filter.attitude && s.attitude !== filter.attitude) return false
    if (filter.tag && !s.tags.includes(filter.tag)) return false
    if (words.length === 0) return true
    const haystack = fold([s.name, s.role, s.unit, s.owner, ...s.tags, ...s.notes.map((n) => n.text)].join('\n'))
    return words.every((w) => haystack.includes(w))
  })
}

const QUADRANT_ORDER: readonly QuadrantFilter[] = [...QUADRANT_IDS, 'unplaced']
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

const sortValue = (s: Stakeholder, column: RegisterColumn): string | number => {
  switch (column) {
    case 'quadrant':
      return QUADRANT_ORDER.indexOf(quadrantFilterOf(s))
    case 'attitude':
      return ATTITUDES.indexOf(s.attitude)
    case 'tags':
      return s.tags.join(', ')
    default:
      return s[column]
  }
}

/** A sorted copy; empty text sorts last either way, ties keep the workshop's order. */
export function sortRegister(stakeholders: readonly Stakeholder[], column: RegisterColumn, direction: SortDirection): Stakeholder[] {
  const sign = direction === 'asc' ? 1 : -1
  return stakeholders
    .map((s, index) => ({ s, index, value: sortValue(s, column) }))
    .sort((a, b) => {
      if (a.value === '' && b.value !== '') return 1
      if (b.value === '' && a.value !== '') return -1
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value))
      return order * sign || a.index - b.index
    })
    .map((x) => x.s)
}

/** The units and tags in use, sorted, for the filter menus. */
export function registerFacets(stakeholders: readonly Stakeholder[]): { units: string[]; tags: string[] } {
  const units = new Set<string>()
  const tags = new Set<string>()
  for (const s of stakeholders) {
    units.add(s.unit)
    for (const t of s.tags) tags.add(t)
  }
  return { units: [...units].sort(collator.compare), tags: [...tags].sort(collator.compare) }
}
