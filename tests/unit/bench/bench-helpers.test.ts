import { describe, expect, it } from 'vitest'
import { readWorkshopJson, serializeWorkshop } from '../../../src/core/workshop/workshop-json'
import { figure, formatTable, median, notMeasured, percentile } from '../../../bench/figure'
import { planHtml } from '../../../bench/plan-html'
import { generateWorkshop } from '../../../bench/workshop-fixture'

describe('bench figures', () => {
  it('takes nearest-rank percentiles', () => {
    const frames = [17, 17, 17, 17, 17, 17, 17, 17, 33, 50]
    expect(percentile(frames, 50)).toBe(17)
    expect(percentile(frames, 90)).toBe(33)
    expect(percentile(frames, 95)).toBe(50)
    expect(median([3, 1, 2])).toBe(2)
  })

  it('computes the ratio and whether the target is met from the numbers', () => {
    const within = figure({ name: 'save', value: 6, baseline: 4, unit: 'ms', target: '≤ 1.5×' }, ({ ratio }) => ratio <= 1.5)
    expect(within).toMatchObject({ ratio: 1.5, met: true })
    const over = figure({ name: 'save', value: 6.1, baseline: 4, unit: 'ms', target: '≤ 1.5×' }, ({ ratio }) => ratio <= 1.5)
    expect(over.met).toBe(false)
  })

  it('never meets a target it could not measure', () => {
    const missing = figure({ name: 'delay', value: null, baseline: 3, unit: 'ms', target: '≤ 100 ms' }, () => true)
    expect(missing).toMatchObject({ ratio: null, met: false })
    expect(notMeasured('PDF', 'ms', '< 1 s', 'not built yet')).toMatchObject({ met: false, note: 'not built yet' })
  })

  it('prints one table row per figure', () => {
    const table = formatTable([figure({ name: 'bundle', value: 230, baseline: 160, unit: 'KB', target: '< 500 KB' }, ({ value }) => value < 500)])
    expect(table.split('\n')).toHaveLength(3)
    expect(table).toContain('| bundle | 230 KB | 160 KB | 1.44× | < 500 KB | yes |')
  })
})

describe('bench workshops', () => {
  it('generates big workshops that the app accepts as they are', () => {
    const workshop = generateWorkshop(600, 4, 30)
    const read = readWorkshopJson(serializeWorkshop(workshop))
    expect(read.ok).toBe(true)
    expect(workshop.stakeholders.every((s) => s.position !== null)).toBe(true)
    expect(workshop.plan.activities).toHaveLength(30)
  })

  it('builds the HTML plan with everyone in it, escaped', () => {
    const workshop = generateWorkshop(40, 5, 4)
    workshop.stakeholders[0]!.name = 'Ana <Ops> & Co'
    const html = planHtml(workshop)
    expect(html).toContain('Ana &lt;Ops&gt; &amp; Co')
    for (const s of workshop.stakeholders.slice(1)) expect(html).toContain(s.name)
  })
})
