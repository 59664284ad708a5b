import type { Stakeholder } from '../../core/workshop/schema'
import { initialsOf } from '../map/map-geometry'
import type { NameDisplay } from './presentation-store'

export interface DisplayName {
  /** Under the disc; empty when names are anonymised. */
  label: string
  /** Inside the disc. */
  badge: string
  /** What the screen-reader list and the selection card say. */
  spoken: string
}

/**
 * What the room sees of each person. Hidden names become stable numbers (the order of the
 * workshop's list) so people can still say "number 7 belongs higher".
 */
export function displayNames(stakeholders: readonly Stakeholder[], mode: NameDisplay): Map<string, DisplayName> {
  const result = new Map<string, DisplayName>()
  stakeholders.forEach((s, index) => {
    const initials = initialsOf(s.name)
    if (mode === 'full') result.set(s.id, { label: s.name, badge: initials, spoken: s.name })
    else if (mode === 'initials') result.set(s.id, { label: '', badge: initials, spoken: initials })
    else result.set(s.id, { label: '', badge: String(index + 1), spoken: `Person ${index + 1}` })
  })
  return result
}
