// Times the plan PDF of a 500-stakeholder workshop (and the other documents) in this process:
// `npx tsx scripts/measure-exports.ts`. A script, not a test: timings belong outside the test run.
import { performance } from 'node:perf_hooks'
import { generateWorkshop } from '../bench/workshop-fixture'
import { renderNetworkPdf } from '../src/main/services/pdf/network-pdf'
import { renderPlanPdf } from '../src/main/services/pdf/plan-pdf'
import { renderSummaryPdf } from '../src/main/services/pdf/summary-pdf'

const { revision: _revision, ...workshop } = generateWorkshop(500)
const time = async (label: string, render: () => Promise<Buffer>, runs = 5) => {
  const times: number[] = []
  let bytes = 0
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now()
    bytes = (await render()).length
    times.push(performance.now() - start)
  }
  const sorted = [...times].sort((a, b) => a - b)
  console.log(`${label}: first ${times[0]!.toFixed(0)} ms, median ${sorted[Math.floor(runs / 2)]!.toFixed(0)} ms, best ${sorted[0]!.toFixed(0)} ms, ${Math.round(bytes / 1024)} KB`)
}

await time('plan, 500 stakeholders', () => renderPlanPdf(workshop))
await time('summary, 500 stakeholders', () => renderSummaryPdf(workshop))
await time('network roster', () => renderNetworkPdf(workshop))
