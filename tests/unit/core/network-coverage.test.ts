import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { STAGE_CATALOG, stageLabel } from '../../../src/core/network/catalog'
import { championsByStage, networkCoverage, stageCounts } from '../../../src/core/network/coverage'
import { addChampion, createChampion, moveChampion } from '../../../src/core/network/network-edits'
import { CHAMPION_STAGES } from '../../../src/core/network/schema'
import { readWorkshopJson } from '../../../src/core/workshop/workshop-json'

const loaded = readWorkshopJson(readFileSync(new URL('../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
if (!loaded.ok) throw new Error(loaded.error.message)
const { revision: _revision, ...sample } = loaded.value

describe('network coverage', () => {
  it('lists every unit of the sample, with Nursing and IT covered by their confirmed champions', () => {
    const coverage = networkCoverage(sample)
    expect(coverage.units).toHaveLength(20)
    expect(coverage.units.map((u) => u.unit)).toEqual([...coverage.units.map((u) => u.unit)].sort((a, b) => a.localeCompare(b)))
    const nursing = coverage.units.find((u) => u.unit === 'Nursing')
    expect(nursing?.covered).toBe(true)
    expect(nursing?.champions.confirmed.map((c) => c.name)).toEqual(['Zoë Adeyemi'])
    expect(nursing?.champions.declined.map((c) => c.name)).toEqual(['Mateus Oliveira'])
    expect(coverage.gaps).not.toContain('Nursing')
    expect(coverage.gaps).not.toContain('IT')
    expect(coverage.gaps).toContain('Therapies')
    expect(coverage.gaps).toContain('Pharmacy')
    expect(coverage.gaps).toHaveLength(18)
  })

  it('closes a gap when a champion of that unit is confirmed, and opens it again when they decline', () => {
    const confirmed = moveChampion(sample, 'ch-fatima', 'confirmed', '2026-11-20')
    expect(networkCoverage(confirmed).gaps).not.toContain('Therapies')
    const declined = moveChampion(confirmed, 'ch-fatima', 'declined', '2026-11-21')
    expect(networkCoverage(declined).gaps).toContain('Therapies')
  })

  it('matches units ignoring case and spaces, adds units only champions have, and sets blank units apart', () => {
    const withNew = addChampion(addChampion(sample, { ...createChampion({ name: 'Ana', unit: ' nursing ' }, 'ana', '2026-11-01') }), createChampion({ name: 'Bo', unit: 'Catering' }, 'bo', '2026-11-01'))
    const withBlank = addChampion(withNew, createChampion({ name: 'Cy' }, 'cy', '2026-11-01'))
    const coverage = networkCoverage(withBlank)
    expect(coverage.units.find((u) => u.unit === 'Nursing')?.champions.identified.map((c) => c.id)).toEqual(['ana'])
    expect(coverage.units.filter((u) => u.unit.toLowerCase() === 'nursing')).toHaveLength(1)
    expect(coverage.gaps).toContain('Catering')
    expect(coverage.withoutUnit.map((c) => c.id)).toEqual(['cy'])
  })

  it('groups and counts champions by stage in list order', () => {
    const grouped = championsByStage(sample.network.champions)
    expect(grouped.confirmed.map((c) => c.id)).toEqual(['ch-zoe', 'ch-katerina'])
    expect(stageCounts(sample.network.champions)).toEqual({ identified: 1, invited: 1, confirmed: 2, declined: 1 })
  })

  it('names and describes every stage', () => {
    for (const stage of CHAMPION_STAGES) {
      expect(stageLabel(stage)).toMatch(/^[A-Z]/)
      expect(STAGE_CATALOG[stage].description.length).toBeGreaterThan(10)
    }
  })
})
