import type { Browser, Page } from '@playwright/test'
import { QUADRANTS } from '../src/core/map/quadrant'
import { ATTITUDE_INFO } from '../src/core/workshop/attitude'
import type { WorkshopFile } from '../src/core/workshop/schema'
import { type AppHost, appOnHome, newProbedPage } from './bench-env'
import { type Figure, figure, median, percentile } from './figure'
import type { BareSceneData, MapScene, Point } from './probe-types'
import { DRAGGED_POSITION } from './workshop-fixture'

export const FRAME_MS = 1000 / 60
const DRAG_FRAMES = 120

export const BARE_SCENE: BareSceneData = {
  quadrants: {
    makers: QUADRANTS['change-makers'],
    sponsors: QUADRANTS['change-sponsors'],
    onlookers: QUADRANTS.onlookers,
    adopters: QUADRANTS['change-adopters'],
  },
  colours: Object.fromEntries(Object.values(ATTITUDE_INFO).map((a) => [a.id, a.colour])),
}

/** Opens a workshop from the home screen; resolves with ms from the open call to the first drawn map. */
export async function openInApp(page: Page, file: string, nodeCount: number): Promise<number> {
  const armedAt = await page.evaluate((count) => {
    window.benchProbe.armDraw(count)
    return performance.now()
  }, nodeCount)
  await page.locator(`li[data-file="${file}"] .workshop-open`).click()
  const drawnAt = await page.evaluate(() => window.benchProbe.drawn)
  const call = await page.evaluate((after) => window.benchProbe.calls.find((c) => c.name === 'openWorkshop' && c.start >= after), armedAt)
  if (!call) throw new Error('The app opened the workshop without calling openWorkshop')
  await page.getByTestId('save-indicator').and(page.locator('[data-state="saved"]')).waitFor()
  return drawnAt - call.start
}

/** The map's canvas box and transform, read from the attributes the canvas exposes. */
export async function readScene(page: Page): Promise<MapScene> {
  const canvas = page.getByTestId('map-canvas')
  const box = await canvas.boundingBox()
  if (!box) throw new Error('The map is not visible')
  const read = async (name: string) => Number(await canvas.getAttribute(name))
  return { box, view: { scale: await read('data-scale'), x: await read('data-offset-x'), y: await read('data-offset-y') } }
}

const toScreen = (scene: MapScene, world: Point): Point => ({
  x: scene.box.x + scene.view.x + world.x * scene.view.scale,
  y: scene.box.y + scene.view.y + world.y * scene.view.scale,
})

/** A full circle through all four quadrants that starts and ends on the dragged node. */
function dragPath(scene: MapScene): { from: Point; path: Point[] } {
  const start = { x: DRAGGED_POSITION.interest * 10, y: 1000 - DRAGGED_POSITION.influence * 10 }
  const centre = { x: 500, y: 500 }
  const radius = Math.hypot(start.x - centre.x, start.y - centre.y)
  const angle0 = Math.atan2(start.y - centre.y, start.x - centre.x)
  const path = Array.from({ length: DRAG_FRAMES }, (_, i) => {
    const angle = angle0 + (2 * Math.PI * (i + 1)) / DRAG_FRAMES
    return toScreen(scene, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) })
  })
  return { from: toScreen(scene, start), path }
}

/** Drags the node once round the path; resolves with the frame times. */
function dragOnce(page: Page, scene: MapScene): Promise<number[]> {
  return page.evaluate(({ from, path }) => window.benchProbe.drag(from, path), dragPath(scene))
}

export interface BaselinePage {
  page: Page
  build(workshop: WorkshopFile, scene: MapScene): Promise<void>
}

/** The bare Konva page, fonts loaded. */
export async function openBaselinePage(browser: Browser, baseUrl: string): Promise<BaselinePage> {
  const page = await newProbedPage(browser)
  await page.goto(`${baseUrl}/bare-konva.html`)
  await page.evaluate(() => window.bareKonva.fontsReady())
  return {
    page,
    build: (workshop, scene) => page.evaluate((args) => window.bareKonva.build(args), { ...scene, ...BARE_SCENE, stakeholders: workshop.stakeholders }),
  }
}

export interface DragResult {
  figures: Figure[]
  app: number[]
  bare: number[]
}

/**
 * 1: one node dragged round the map among 1,000 others, frame times against the bare Konva page.
 * After a warm-up drag on each, app and baseline take turns, so both meet the same load on the machine.
 */
export async function measureDrag(browser: Browser, host: AppHost, baseline: BaselinePage, file: string, workshop: WorkshopFile, rounds = 2): Promise<DragResult> {
  const page = await newProbedPage(browser)
  await appOnHome(page, host)
  await openInApp(page, file, workshop.stakeholders.length)
  const scene = await readScene(page)
  await baseline.build(workshop, scene)
  const indicator = page.getByTestId('save-indicator')
  // Each drag in the app is an edit: let its autosave finish so it does not land in the next measurement.
  const appDrag = async () => {
    const frames = await dragOnce(page, scene)
    await indicator.and(page.locator('[data-state="dirty"], [data-state="saving"]')).waitFor()
    await indicator.and(page.locator('[data-state="saved"]')).waitFor()
    return frames
  }
  await appDrag()
  await dragOnce(baseline.page, scene)
  const app: number[] = []
  const bare: number[] = []
  for (let i = 0; i < rounds; i++) {
    app.push(...(await appDrag()))
    bare.push(...(await dragOnce(baseline.page, scene)))
  }
  await page.context().close()
  await baseline.page.context().close()
  const p = (list: number[], n: number) => percentile(list, n)
  const what = `${workshop.stakeholders.length} on the map, ${rounds} × ${DRAG_FRAMES} frames`
  return {
    app,
    bare,
    figures: [
      figure(
        { name: `Map drag p50 (${what})`, value: p(app, 50), baseline: p(bare, 50), unit: 'ms', target: 'one frame (16.7 ms at 60 Hz)' },
        // Frame times come in whole frames; anything under one and a half is one frame.
        ({ value }) => value < 1.5 * FRAME_MS,
      ),
      figure({ name: `Map drag p95 (${what})`, value: p(app, 95), baseline: p(bare, 95), unit: 'ms', target: '≤ 1.25× bare Konva' }, ({ ratio }) => ratio <= 1.25),
    ],
  }
}

/** 2: opening a big workshop, from the open call to the drawn map, against fetch + JSON.parse + a bare Konva draw, taking turns. */
export async function measureOpen(browser: Browser, host: AppHost, baseline: BaselinePage, file: string, workshop: WorkshopFile, runs = 3): Promise<{ figure: Figure; app: number[]; bare: number[] }> {
  const page = await newProbedPage(browser)
  await appOnHome(page, host)
  const app: number[] = []
  const bare: number[] = []
  for (let i = 0; i < runs; i++) {
    if (i > 0) {
      await page.getByRole('button', { name: '← Workshops' }).click()
      await page.getByTestId('workshop-list').waitFor()
    }
    app.push(await openInApp(page, file, workshop.stakeholders.length))
    const scene = await readScene(page)
    bare.push(await baseline.page.evaluate(({ url, scene }) => window.bareKonva.open(url, scene), { url: `/workshops/${encodeURIComponent(file)}`, scene: { ...scene, ...BARE_SCENE } }))
  }
  await page.context().close()
  await baseline.page.context().close()
  return {
    app,
    bare,
    figure: figure(
      { name: `Open (${workshop.stakeholders.length} stakeholders, median of ${runs})`, value: median(app), baseline: median(bare), unit: 'ms', target: '≤ 3× fetch + JSON.parse + bare Konva draw' },
      ({ ratio }) => ratio <= 3,
    ),
  }
}
