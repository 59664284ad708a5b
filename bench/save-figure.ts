import { mkdir, open, readFile, readdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { type AppHost, BACKUPS_DIR, TMP, WORKSHOPS_DIR, appOnHome, newProbedPage } from './bench-env'
import { type Figure, figure, median, round } from './figure'
import { openInApp, readScene } from './map-figures'
import { DRAGGED_POSITION } from './workshop-fixture'

/** A key that no shortcut uses: pressing it measures how soon the page answers, and changes nothing. */
const PROBE_KEY = 'Shift'
const PROBE_GAP_MS = 10
export const INPUT_DELAY_LIMIT_MS = 100

/** The least a durable save can do: write the bytes to a temp file, fsync it, rename it over. */
async function plainDurableWrite(target: string, bytes: Buffer): Promise<number> {
  const start = performance.now()
  const temp = `${target}.tmp`
  const handle = await open(temp, 'w')
  try {
    await handle.writeFile(bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, target)
  return performance.now() - start
}

/** Waits until the browser host's backups folder holds a finished backup of `file` at `revision`. */
async function backupWritten(file: string, revision: number, limitMs = 10_000): Promise<void> {
  const until = Date.now() + limitMs
  const stem = `${file.replace(/\.json$/, '')} ~`
  const named = new RegExp(`-r${revision}\\.json$`)
  while (Date.now() < until) {
    const names = await readdir(BACKUPS_DIR, { recursive: true }).catch(() => [] as string[])
    if (names.some((name) => name.startsWith(stem) && named.test(name))) return
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  throw new Error(`No backup of revision ${revision} appeared within ${limitMs / 1000} s.`)
}

/** Ten calls that do no work, a moment apart as autosaves are, through the page's HTTP to the host. */
async function bareRoundTrips(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="coalition-host-token"]')?.content ?? ''
    const times: number[] = []
    for (let i = 0; i < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      const start = performance.now()
      await (await fetch('/api/getAppInfo', { method: 'POST', headers: { 'content-type': 'application/json', 'x-coalition-token': token }, body: '{}' })).json()
      times.push(performance.now() - start)
    }
    return times
  })
}

/** Presses the probe key every few ms until `done` says stop. */
async function pressWhile(page: Page, keepGoing: () => Promise<boolean>, limitMs = 15_000): Promise<void> {
  const until = Date.now() + limitMs
  while ((await keepGoing()) && Date.now() < until) {
    await page.keyboard.press(PROBE_KEY)
    await page.waitForTimeout(PROBE_GAP_MS)
  }
}

/**
 * 3: autosaves of a big workshop through the real path (renderer → changes → host → validation →
 * durable write), each started by a keyboard edit, against a plain write + fsync + rename of the same bytes.
 * While each save runs the probe key is pressed over and over; its input delay is the second figure.
 */
export interface SaveResult {
  figures: Figure[]
  /** The host's own time per save: what the desktop app's main process spends on the call. */
  app: number[]
  /** The same saves from the renderer's side, through the browser host's HTTP. */
  endToEnd: number[]
  /** Calls that do nothing (getAppInfo) through the same HTTP: the transport's own cost. */
  roundTrips: number[]
  plain: number[]
  during: number[]
  idle: number[]
  /** Main-thread tasks over 50 ms that overlapped a save, in ms. */
  longTasks: number[]
}

export async function measureSave(browser: Browser, host: AppHost, file: string, stakeholders: number, runs = 7): Promise<SaveResult> {
  const page = await newProbedPage(browser)
  await appOnHome(page, host)
  await openInApp(page, file, stakeholders)
  const scene = await readScene(page)
  // Select the person on top of the map, so keys 1–4 move them: each press is one edit and one save.
  await page.mouse.click(
    scene.box.x + scene.view.x + DRAGGED_POSITION.interest * 10 * scene.view.scale,
    scene.box.y + scene.view.y + (1000 - DRAGGED_POSITION.influence * 10) * scene.view.scale,
  )
  await page.getByTestId('details-panel').waitFor()

  const idleUntil = Date.now() + 1500
  await pressWhile(page, async () => Date.now() < idleUntil)
  const idleInputs = await page.evaluate(() => window.benchProbe.inputs.length)

  // After one warm-up save, the timed saves run with nothing else going on, each followed at once by
  // a plain write of the bytes it wrote, so both meet the same disk. The probe key is pressed through
  // the saves after them: on two cores its stream of key events would otherwise slow what it measures.
  await mkdir(join(TMP, 'plain'), { recursive: true })
  const plain: number[] = []
  let bytes = Buffer.alloc(0)
  const savesSoFar = () => page.evaluate(() => window.benchProbe.calls.filter((c) => c.name.startsWith('saveWorkshop')).length)
  const timed = (i: number) => i >= 1 && i <= runs
  for (let i = 0; i <= runs * 2; i++) {
    await page.keyboard.press(['1', '2', '3', '4'][i % 4] as string)
    if (i <= runs) await page.waitForFunction((n) => window.benchProbe.calls.filter((c) => c.name.startsWith('saveWorkshop')).length > n, i, { polling: 100 })
    else await pressWhile(page, async () => (await savesSoFar()) <= i)
    bytes = await readFile(join(WORKSHOPS_DIR, file))
    // The save's backup follows its answer; the plain write waits for it, so both meet an idle disk.
    await backupWritten(file, Number(/\n {2}"revision": (\d+)/.exec(bytes.toString('utf8'))?.[1]))
    if (timed(i)) plain.push(await plainDurableWrite(join(TMP, 'plain', file), bytes))
  }
  const roundTrips = await bareRoundTrips(page)
  const probe = await page.evaluate(() => ({ inputs: window.benchProbe.inputs, calls: window.benchProbe.calls, saveStarts: window.benchProbe.saveStarts, longTasks: window.benchProbe.longTasks }))
  await page.getByTestId('save-indicator').and(page.locator('[data-state="saved"]')).waitFor()
  await page.context().close()

  // Every save here sends its changes; a fall-back to the whole workshop would be measuring something else.
  if (probe.calls.some((c) => c.name === 'saveWorkshop')) throw new Error('An autosave sent the whole workshop instead of its changes.')
  const saves = probe.calls.filter((c) => c.name === 'saveWorkshopChanges').map((c, i) => ({ start: probe.saveStarts[i] ?? c.start, end: c.end, handlerMs: c.handlerMs }))
  const app = saves.filter((_, i) => timed(i)).map((s) => s.handlerMs)
  const endToEnd = saves.filter((_, i) => timed(i)).map((s) => s.end - s.start)
  const probed = saves.slice(runs + 1)
  const during = probe.inputs.filter((input) => probed.some((s) => input.at >= s.start && input.at <= s.end)).map((input) => input.delay)
  const idle = probe.inputs.slice(0, idleInputs).filter((input) => input.type === 'keydown').map((input) => input.delay)
  const longTasks = probe.longTasks.filter((t) => saves.some((s) => t.start < s.end && t.start + t.duration > s.start)).map((t) => t.duration)

  return {
    app,
    endToEnd,
    roundTrips,
    plain,
    during,
    idle,
    longTasks,
    figures: [
      figure(
        {
          name: `Autosave in the host (${stakeholders} stakeholders, ${Math.round(bytes.length / 1024)} KB, median of ${runs})`,
          value: median(app),
          baseline: median(plain),
          unit: 'ms',
          target: '≤ 1.5× write + fsync + rename',
          note: `end to end through the browser host's HTTP ${round(median(endToEnd))} ms, of which an empty call's round trip is ${round(median(roundTrips))} ms`,
        },
        ({ ratio }) => ratio <= 1.5,
      ),
      figure(
        {
          name: `Input delay while saving (worst of ${during.length} key presses; baseline idle)`,
          value: during.length ? Math.max(...during) : null,
          baseline: idle.length ? Math.max(...idle) : null,
          unit: 'ms',
          target: `≤ ${INPUT_DELAY_LIMIT_MS} ms`,
        },
        ({ value }) => value <= INPUT_DELAY_LIMIT_MS,
      ),
    ],
  }
}
