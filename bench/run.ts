// `npm run bench`: measures Coalition against baselines built in the same run on the same machine,
// prints the table and writes bench/results.json. `npm run bench` builds the app first.
import { writeFile } from 'node:fs/promises'
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os'
import { join } from 'node:path'
import { ROOT, TMP, launchBrowser, prepareTmp, startAppHost, startBaselineServer } from './bench-env'
import { measureBundle } from './bundle-figure'
import { type Figure, formatTable } from './figure'
import { measureDrag, measureOpen, openBaselinePage } from './map-figures'
import { measureMemory } from './memory-figure'
import { measurePdf } from './pdf-figure'
import { planHtml } from './plan-html'
import { measureSave } from './save-figure'
import { generateWorkshop } from './workshop-fixture'

const started = Date.now()
const log = (text: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`)
const ms = (list: number[]) => list.map((n) => Math.round(n)).join(' ')
const tenths = (list: number[]) => list.map((n) => n.toFixed(1)).join(' ')

const workshops = {
  drag: { file: 'bench-1000.json', workshop: generateWorkshop(1000, 1) },
  open: { file: 'bench-2000.json', workshop: generateWorkshop(2000, 2) },
  memory: { file: 'bench-memory-500.json', workshop: generateWorkshop(500, 3) },
}
const pdfWorkshop = generateWorkshop(500, 4, 60)
await prepareTmp(Object.fromEntries(Object.values(workshops).map((w) => [w.file, w.workshop])))
await writeFile(join(TMP, 'plan.html'), planHtml(pdfWorkshop))
const loadAtStart = loadavg()
const figures: Figure[] = []

log('bundle: building the stack floor')
figures.push(await measureBundle())

const host = await startAppHost()
const server = await startBaselineServer()
const browser = await launchBrowser()
try {
  log('open: 2,000 stakeholders, app and bare Konva taking turns')
  const open = await measureOpen(browser, host, await openBaselinePage(browser, server.url), workshops.open.file, workshops.open.workshop)
  figures.push(open.figure)
  log(`  app ${ms(open.app)} ms; bare ${ms(open.bare)} ms`)

  log('drag: 1,000 stakeholders, 2 × 120 frames, app and bare Konva taking turns')
  const drag = await measureDrag(browser, host, await openBaselinePage(browser, server.url), workshops.drag.file, workshops.drag.workshop)
  figures.push(...drag.figures)
  log(`  app frames ${ms(drag.app)}`)
  log(`  bare frames ${ms(drag.bare)}`)

  log('save: 2,000 stakeholders, real autosave then plain write + fsync + rename')
  const save = await measureSave(browser, host, workshops.open.file, workshops.open.workshop.stakeholders.length)
  figures.push(...save.figures)
  log(`  host ${tenths(save.app)} ms; plain ${tenths(save.plain)} ms; end to end ${tenths(save.endToEnd)} ms; empty round trip ${tenths(save.roundTrips)} ms`)
  log(`  long tasks during saves ${ms(save.longTasks)} ms`)
  log(`  input delay while saving ${ms(save.during)} ms; idle ${ms(save.idle)} ms`)

  log('memory: 300 edits on 500 stakeholders')
  const memory = await measureMemory(browser, host, workshops.memory.file, workshops.memory.workshop)
  figures.push(memory.figure)
  log(`  ${memory.seconds} s of editing; ${memory.figure.note ?? ''}`)

  log('pdf: engagement plan for 500 stakeholders, pdfkit then Chromium printing the same plan')
  const pdf = await measurePdf(browser, server.url, pdfWorkshop)
  figures.push(pdf.figure)
  log(`  app ${ms(pdf.app)} ms; Chromium ${ms(pdf.chromium)} ms`)
} finally {
  await browser.close()
  await server.close()
  host.stop()
}

const results = {
  machine: {
    os: `${osType()} ${release()}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: loadAtStart.map((n) => Math.round(n * 100) / 100),
    node: process.version,
    chromium: browser.version(),
  },
  date: new Date().toISOString(),
  durationSeconds: Math.round((Date.now() - started) / 1000),
  figures,
}
console.log(`\n${formatTable(figures)}\n`)
await writeFile(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
log(`wrote bench/results.json; ${figures.filter((f) => f.met).length} of ${figures.length} targets met`)
