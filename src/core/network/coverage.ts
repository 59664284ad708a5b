import { CHAMPION_STAGES, type Champion, type ChampionStage } from './schema'
import type { Workshop } from '../workshop/schema'

export type ChampionsByStage = Record<ChampionStage, Champion[]>

export interface UnitCoverage {
  /** The unit as first spelled in the workshop (stakeholders first, then champions). */
  unit: string
  champions: ChampionsByStage
  /** True when at least one champion of this unit is confirmed. */
  covered: boolean
}

export interface NetworkCoverage {
  /** Every business unit of the stakeholders and champions, in alphabetical order. */
  units: UnitCoverage[]
  /** The units that have no confirmed champion yet, alphabetical. */
  gaps: string[]
  /** Champions whose unit is blank: they count for no unit. */
  withoutUnit: Champion[]
}

/** Units are matched ignoring case and surrounding spaces, so "IT" and " it " are one unit. */
export const unitKey = (unit: string): string => unit.trim().toLocaleLowerCase()

const emptyStages = (): ChampionsByStage => ({ identified: [], invited: [], confirmed: [], declined: [] })

/** The champions of a list grouped by stage, each stage in list order. */
export function championsByStage(champions: readonly Champion[]): ChampionsByStage {
  const grouped = emptyStages()
  for (const champion of champions) grouped[champion.stage].push(champion)
  return grouped
}

/** Which business units have a confirmed champion, and which are still uncovered. */
export function networkCoverage(workshop: Pick<Workshop, 'stakeholders' | 'network'>): NetworkCoverage {
  const byKey = new Map<string, UnitCoverage>()
  const unitFor = (unit: string): UnitCoverage | null => {
    const key = unitKey(unit)
    if (!key) return null
    let entry = byKey.get(key)
    if (!entry) {
      entry = { unit: unit.trim(), champions: emptyStages(), covered: false }
      byKey.set(key, entry)
    }
    return entry
  }
  for (const stakeholder of workshop.stakeholders) unitFor(stakeholder.unit)
  const withoutUnit: Champion[] = []
  for (const champion of workshop.network.champions) {
    const entry = unitFor(champion.unit)
    if (!entry) {
      withoutUnit.push(champion)
      continue
    }
    entry.champions[champion.stage].push(champion)
    if (champion.stage === 'confirmed') entry.covered = true
  }
  const units = [...byKey.values()].sort((a, b) => a.unit.localeCompare(b.unit))
  return { units, gaps: units.filter((u) => !u.covered).map((u) => u.unit), withoutUnit }
}

/** How many champions are at each stage, for headers and summaries. */
export function stageCounts(champions: readonly Champion[]): Record<ChampionStage, number> {
  const grouped = championsByStage(champions)
  return Object.fromEntries(CHAMPION_STAGES.map((stage) => [stage, grouped[stage].length])) as Record<ChampionStage, number>
}
