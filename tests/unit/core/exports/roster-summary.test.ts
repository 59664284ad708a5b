import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { MeasureText, TextItem } from '../../../../src/core/exports/display-list'
import { layoutNetworkRoster, rosterRows } from '../../../../src/core/exports/network-document'
import { layoutSummary, summaryView } from '../../../../src/core/exports/summary-document'
import type { Workshop } from '../../../../src/core/workshop/schema'
import { readWorkshopJson } from '../../../../src/core/workshop/workshop-json'

const measure: MeasureText = (text, style) => Array.from(text).length * style.size * 0.55
const BOX = { width: 495, height: 700 }

function sample(): Workshop {
  const result = readWorkshopJson(readFileSync(new URL('../../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
  if (!result.ok) throw new Error(result.error.message)
  return result.value
}

describe('network roster', () => {
  it('lists confirmed champions first, then invited, identified and declined, by name within a stage', () => {
    const rows = rosterRows(sample().network.champions)
    expect(rows.map((r) => `${r.stage}: ${r.name}`)).toEqual([
      'Confirmed: Kateřina Nováková',
      'Confirmed: Zoë Adeyemi',
      'Invited: Fatima Zahra El Amrani',
      'Identified: Ravi Shah',
      'Declined: Mateus Oliveira',
    ])
    expect(rows[0]).toMatchObject({ unit: 'IT', since: '9 Oct 2026', criteria: 'Respected by peers, Willing' })
  })

  it('names the units without a confirmed champion', () => {
    const pages = layoutNetworkRoster(sample(), BOX, measure)
    const text = pages.flatMap((p) => p.items.filter((i): i is TextItem => i.kind === 'text').map((i) => i.text)).join(' ')
    expect(text).toMatch(/18 units have no confirmed champion yet: Cardiology, Communications,/)
  })
})

describe('workshop summary', () => {
  it('stays on one page however large the workshop, with every list capped', () => {
    const workshop = sample()
    const many = Array.from({ length: 500 }, (_, i) => ({ ...workshop.stakeholders[i % workshop.stakeholders.length]!, id: `p${i}` }))
    const activities = Array.from({ length: 60 }, (_, i) => ({ ...workshop.plan.activities[0]!, id: `a${i}`, status: 'planned' as const }))
    const big = { ...workshop, stakeholders: many, plan: { ...workshop.plan, activities } }
    const pages = layoutSummary(big, BOX, measure)
    expect(pages).toHaveLength(1)
    for (const item of pages[0]!.items) if ('y' in item) expect(item.y).toBeLessThan(BOX.height)
    const view = summaryView(big)
    expect(view.concerns.length).toBeLessThanOrEqual(5)
    expect(view.nextActions).toHaveLength(5)
    expect(view.moreActions).toBe(55)
  })

  it('counts people per quadrant and the signatures of each commitment', () => {
    const view = summaryView(sample())
    expect(view.counts.map((c) => c.count)).toEqual([6, 5, 5, 7])
    expect(view.commitments).toEqual([{ title: 'Our commitment to paperless wards', signed: 1, total: 2, signedNames: ['Søren Madsen'] }])
  })
})
