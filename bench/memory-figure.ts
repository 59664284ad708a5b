import type { Browser, CDPSession, Page } from '@playwright/test'
import type { WorkshopFile } from '../src/core/workshop/schema'
import { type AppHost, appOnHome, newProbedPage } from './bench-env'
import { type Figure, figure } from './figure'
import { openInApp, readScene } from './map-figures'

/** One add, one drag and one undo every ~2 s is what a facilitator does in 10 minutes: 300 operations. */
export const EDITING_CYCLES = 100
const SAVE_EVERY_CYCLES = 10

/** The renderer's live JS heap, after a full garbage collection. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize
}

const saved = (page: Page) => page.getByTestId('save-indicator').and(page.locator('[data-state="saved"]')).waitFor()

/**
 * 5: the renderer's heap after ten minutes' worth of scripted editing, compressed in time (adds,
 * drags on the canvas, undos, with real mouse and keyboard input and autosave running), against the
 * heap right after the workshop opened.
 */
export async function measureMemory(browser: Browser, host: AppHost, file: string, workshop: WorkshopFile): Promise<{ figure: Figure; atLoad: number; halfway: number; after: number; seconds: number }> {
  const page = await newProbedPage(browser)
  const cdp = await page.context().newCDPSession(page)
  await appOnHome(page, host)
  await openInApp(page, file, workshop.stakeholders.length)
  await saved(page)
  const scene = await readScene(page)
  const quickAdd = page.getByLabel('Add a stakeholder')
  // Playwright injects its own scripts into the page on first use; let that happen before the first reading.
  await quickAdd.fill('')
  await page.mouse.move(scene.box.x + 5, scene.box.y + 5)
  await page.keyboard.press('Shift')
  const atLoad = await heapAfterGc(cdp)

  const onScreen = (p: { interest: number; influence: number }) => ({
    x: scene.box.x + scene.view.x + p.interest * 10 * scene.view.scale,
    y: scene.box.y + scene.view.y + (1000 - p.influence * 10) * scene.view.scale,
  })
  const placed = workshop.stakeholders.flatMap((s) => (s.position ? [s.position] : []))
  const editingStarted = Date.now()
  // Read halfway too: growth that stops early is warm-up (compiled code, React's second tree); growth that goes on is kept per edit.
  let halfway = 0
  for (let i = 0; i < EDITING_CYCLES; i++) {
    await quickAdd.fill(`Newcomer ${i + 1}`)
    await page.keyboard.press('Enter')
    // Grab someone (every 7th of the list, so the whole map is visited) and move them a little.
    const from = onScreen(placed[(i * 7) % placed.length] as { interest: number; influence: number })
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    await page.mouse.move(from.x + 40, from.y - 30, { steps: 3 })
    await page.mouse.up()
    await page.keyboard.press('Control+z')
    if ((i + 1) % SAVE_EVERY_CYCLES === 0) await saved(page)
    if (i + 1 === EDITING_CYCLES / 2) halfway = await heapAfterGc(cdp)
  }
  const seconds = Math.round((Date.now() - editingStarted) / 1000)
  await saved(page)
  const after = await heapAfterGc(cdp)
  // Every add stays and every drag was undone: anything else means an input went astray.
  const waiting = await page.getByTestId('unplaced-list').locator('li').count()
  const onMap = await page.getByTestId('map-mirror').locator('li').count()
  if (waiting !== EDITING_CYCLES || onMap !== placed.length) throw new Error(`After editing, ${waiting} wait to be placed and ${onMap} are on the map; expected ${EDITING_CYCLES} and ${placed.length}`)
  await page.context().close()
  const mb = (bytes: number) => bytes / 2 ** 20
  return {
    atLoad,
    halfway,
    after,
    seconds,
    figure: figure(
      {
        name: `Renderer JS heap after ${EDITING_CYCLES * 3} edits (add, drag, undo) on ${workshop.stakeholders.length} people`,
        value: mb(after),
        baseline: mb(atLoad),
        unit: 'MB',
        target: '≤ 1.3× right after load',
        note: `${mb(halfway).toFixed(1)} MB after the first ${(EDITING_CYCLES * 3) / 2} edits; ${((after - halfway) / 1024 / ((EDITING_CYCLES * 3) / 2)).toFixed(1)} KB kept per edit after that`,
      },
      ({ ratio }) => ratio <= 1.3,
    ),
  }
}
