import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import type { WorkshopFile } from '../src/core/workshop/schema'
import { renderPlanPdf } from '../src/main/services/pdf/plan-pdf'
import { TMP, newProbedPage } from './bench-env'
import { type Figure, figure, median } from './figure'

export const PDF_LIMIT_MS = 1000
const RUNS = 3
// The running header and footer the plan PDF has on every page, as Chromium prints them.
const FOOTER = `<div style="font: 7pt 'DejaVu Sans'; width: 100%; margin: 0 50pt; text-align: right">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`

const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const start = performance.now()
  const result = await work()
  return { ms: performance.now() - start, result }
}

/**
 * 4: the engagement-plan PDF (pdfkit, embedded DejaVu subsets) against Chromium printing the same
 * plan from an HTML page that is already open, fonts loaded: page.pdf() alone. One warm-up each.
 */
export async function measurePdf(browser: Browser, baseUrl: string, workshop: WorkshopFile): Promise<{ figure: Figure; app: number[]; chromium: number[] }> {
  const { revision: _revision, ...content } = workshop
  const header = `<div style="font: bold 7pt 'DejaVu Sans'; width: 100%; margin: 0 50pt">${workshop.title.replace(/[<&]/g, '')}</div>`
  const page = await newProbedPage(browser)
  await page.goto(`${baseUrl}/tmp/plan.html`)
  await page.evaluate(() => document.fonts.ready)
  const app: number[] = []
  const chromium: number[] = []
  let appPdf: Buffer = Buffer.alloc(0)
  let chromiumPdf: Buffer = Buffer.alloc(0)
  for (let i = 0; i <= RUNS; i++) {
    const ours = await timed(() => renderPlanPdf(content))
    const theirs = await timed(() => page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: header, footerTemplate: FOOTER }))
    appPdf = ours.result
    chromiumPdf = theirs.result
    if (i > 0) {
      app.push(ours.ms)
      chromium.push(theirs.ms)
    }
  }
  await page.context().close()
  // Kept in bench/tmp to look at: pdftoppm -png -r 60 bench/tmp/plan-*.pdf
  await writeFile(join(TMP, 'plan-coalition.pdf'), appPdf)
  await writeFile(join(TMP, 'plan-chromium.pdf'), chromiumPdf)
  return {
    app,
    chromium,
    figure: figure(
      {
        name: `Engagement plan PDF (${workshop.stakeholders.length} stakeholders, ${workshop.plan.activities.length} activities, median of ${RUNS})`,
        value: median(app),
        baseline: median(chromium),
        unit: 'ms',
        target: `≤ 0.5× Chromium page.pdf() and < ${PDF_LIMIT_MS} ms`,
      },
      ({ value, ratio }) => ratio <= 0.5 && value < PDF_LIMIT_MS,
    ),
  }
}
