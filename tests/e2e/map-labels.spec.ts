import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, mapPointOnScreen, test } from './fixtures'

const SAMPLE = resolve(import.meta.dirname, '..', '..', 'workshops', 'sample-workshop.json')
const FILE = 'Crowded cluster.json'
const NAMES = ['Ingrid Johansson-Bergström', 'Олександр Коваленко', '王小明', 'محمد عبد الله', 'Ngozi Okonkwo-Adebayo', '<b>Not bold</b>', 'Åsa Öberg', 'Dr Ψ Παπαδάκης']

interface Rect {
  x: number
  y: number
  width: number
  height: number
}
interface Scene {
  labels: Array<Rect & { text: string; id: string; onTop: boolean }>
  dots: Array<{ x: number; y: number; r: number; id: string }>
  hidden: string[]
}

/** The sample plus 40 people packed into Change-Makers, discs just apart, written before the app starts. */
async function writeCrowdedWorkshop(dir: string) {
  const workshop = JSON.parse(await readFile(SAMPLE, 'utf8'))
  const template = workshop.stakeholders[0]
  for (let i = 0; i < 40; i++) {
    workshop.stakeholders.push({
      ...template,
      id: `crowd-${i}`,
      name: `${NAMES[i % NAMES.length]} ${i}`,
      notes: [],
      position: { interest: 60 + (i % 8) * 5, influence: 56 + Math.floor(i / 8) * 5 },
    })
  }
  workshop.id = 'crowded-cluster'
  workshop.title = 'Crowded cluster'
  await writeFile(join(dir, FILE), JSON.stringify(workshop, null, 2))
}

/** Every name drawn on the canvas and every disc, in canvas pixels, read from Konva's own stage. */
function readScene(page: Page): Promise<Scene> {
  return page.evaluate(() => {
    interface KNode {
      name(): string
      id(): string
      text(): string
      isVisible(): boolean
      getClientRect(): { x: number; y: number; width: number; height: number }
      getAbsolutePosition(): { x: number; y: number }
      getAbsoluteScale(): { x: number; y: number }
      getParent(): KNode | null
      findOne(selector: string): KNode | undefined
      find(selector: string): KNode[]
    }
    const stage = (window as unknown as { Konva: { stages: Array<{ find(s: string): KNode[] }> } }).Konva.stages[0]!
    // A node's group is `node-<id>`; a name drawn above the discs is `label-<id>`.
    const nodeId = (n: KNode) => {
      if (n.name() === 'focus-label') return n.id().slice('label-'.length)
      for (let p: KNode | null = n; p; p = p.getParent()) if (p.name() === 'stakeholder') return p.id().slice('node-'.length)
      return ''
    }
    const labels = [...stage.find('.node-label'), ...stage.find('.focus-label')]
      .filter((t) => t.isVisible() && t.text() !== '')
      .map((t) => ({ ...t.getClientRect(), text: t.text(), id: nodeId(t), onTop: t.name() === 'focus-label' }))
    const dots = stage.find('.stakeholder').map((g) => {
      const badge = g.findOne('.node-badge')!
      return { ...g.getAbsolutePosition(), r: 22 * badge.getAbsoluteScale().x, id: g.id().slice('node-'.length) }
    })
    const hidden = stage
      .find('.node-label')
      .filter((t) => !t.isVisible())
      .map((t) => nodeId(t))
    return { labels, dots, hidden }
  })
}

const overlap = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
/** Whether a rectangle covers part of a disc; half a pixel of anti-aliasing is allowed. */
const coversDot = (a: Rect, d: { x: number; y: number; r: number }) => {
  const nx = Math.max(a.x, Math.min(d.x, a.x + a.width))
  const ny = Math.max(a.y, Math.min(d.y, a.y + a.height))
  return Math.hypot(nx - d.x, ny - d.y) < d.r - 0.5
}

/** No name over another; no name over a disc, except one drawn on top of the discs because it has no free spot. */
function expectReadable(scene: Scene) {
  for (let i = 0; i < scene.labels.length; i++) {
    const a = scene.labels[i]!
    for (const b of scene.labels.slice(i + 1)) expect(overlap(a, b), `“${a.text}” overlaps “${b.text}”`).toBe(false)
    if (a.onTop) continue
    for (const d of scene.dots) if (d.id !== a.id) expect(coversDot(a, d), `“${a.text}” covers the disc of ${d.id}`).toBe(false)
  }
}

async function openCrowded(page: Page, url: string) {
  // With a workshop already in the folder, the app starts on the home screen.
  await page.goto(url)
  await page.locator(`li[data-file="${FILE}"] .workshop-open`).click()
  await expect(page.getByLabel('Workshop title')).toHaveValue('Crowded cluster')
  await expect(page.getByTestId('map-mirror').locator('li')).toHaveCount(63)
}

test('names in a crowded cluster never overlap; a hidden name shows on hover and selection, and the dragged one rides along', async ({ page, host, problems }) => {
  await writeCrowdedWorkshop(host.workshopsDir)
  await openCrowded(page, host.url)

  const before = await readScene(page)
  expect(before.dots).toHaveLength(63)
  expectReadable(before)
  // The cluster cannot hold 40 names: some are left off, and the map says how many.
  expect(before.hidden.length).toBeGreaterThan(5)
  await expect(page.getByTestId('map-canvas')).toHaveAttribute('data-labels-hidden', String(before.hidden.length))
  // The most influential person on the map keeps their name.
  expect(before.labels.map((l) => l.text)).toContain('Søren Madsen')

  // A hidden name is still in the screen-reader list, and shows while the pointer is on its disc.
  // One whose disc centre no disc drawn later covers (its white rim included), so the pointer lands on them.
  const uncovered = (d: Scene['dots'][number], i: number) => before.dots.slice(i + 1).every((o) => Math.hypot(o.x - d.x, o.y - d.y) > o.r + 4)
  const disc = before.dots.find((d, i) => before.hidden.includes(d.id) && uncovered(d, i))!
  const hiddenId = disc.id
  await expect(page.getByTestId('map-mirror').locator(`li[data-stakeholder-id="${hiddenId}"]`)).toHaveCount(1)
  const shownIds = async () => (await readScene(page)).labels.map((l) => l.id)
  const box = (await page.getByTestId('map-canvas').boundingBox())!
  const onDisc = { x: box.x + disc.x, y: box.y + disc.y }
  await page.mouse.move(onDisc.x, onDisc.y)
  await expect.poll(shownIds).toContain(hiddenId)

  // Selected, it keeps its name after the pointer leaves, and the others are placed again around it.
  await page.mouse.down()
  await page.mouse.up()
  await page.mouse.move(box.x + 5, box.y + 5)
  await expect(page.getByTestId('map-mirror').locator(`li[data-stakeholder-id="${hiddenId}"]`)).toHaveAttribute('aria-current', 'true')
  await expect.poll(shownIds).toContain(hiddenId)
  const selected = await readScene(page)
  expectReadable(selected)

  // While someone is dragged, everyone else's name stays where it was, and theirs rides along.
  const to = await mapPointOnScreen(page, { interest: 20, influence: 20 })
  await page.mouse.move(onDisc.x, onDisc.y)
  await page.mouse.down()
  await page.mouse.move(onDisc.x + 10, onDisc.y + 10, { steps: 3 })
  await page.mouse.move(to.x, to.y, { steps: 8 })
  const during = await readScene(page)
  const others = (s: Scene) => s.labels.filter((l) => l.id !== hiddenId).map((l) => `${l.id}@${Math.round(l.x)},${Math.round(l.y)}`)
  expect(others(during)).toEqual(others(selected))
  expect(during.labels.map((l) => l.id)).toContain(hiddenId)
  await page.mouse.up()

  // On release the names are placed again: the dragged person left the cluster, so one more name fits there.
  await expect.poll(async () => (await readScene(page)).hidden.length).toBeLessThan(before.hidden.length)
  const released = await readScene(page)
  expect(released.labels.map((l) => l.id)).toContain(hiddenId)
  expectReadable(released)

  // Zoomed in, names grow less than the map, so more of the cluster has room (discs grow with the map, so only a few).
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect.poll(async () => (await readScene(page)).hidden.length).toBeLessThan(released.hidden.length)
  expectReadable(await readScene(page))
  expect(problems).toEqual([])
})

test('in presentation mode at 1920×1080 the crowded cluster stays readable', async ({ browser, host }) => {
  await writeCrowdedWorkshop(host.workshopsDir)
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  const page = await context.newPage()
  await openCrowded(page, host.url)
  await page.getByTestId('map-canvas').focus()
  await page.keyboard.press('F5')
  await expect(page.getByTestId('presentation')).toBeVisible()
  const scene = await readScene(page)
  expect(scene.labels.length).toBeGreaterThan(5)
  expect(scene.hidden.length).toBeGreaterThan(0)
  expectReadable(scene)
  // Names stay projector-sized: the room reads them from the back.
  for (const label of scene.labels) expect(label.height).toBeGreaterThanOrEqual(24)
  await context.close()
})

test('on the projector a name with no room at full length shows shortened, and whole while the pointer is on its disc', async ({ browser, host }) => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  const page = await context.newPage()
  await page.goto(host.url)
  await expect(page.getByLabel('Workshop title')).toHaveValue(/Sample/)
  await page.getByTestId('map-canvas').focus()
  await page.keyboard.press('F5')
  await expect(page.getByTestId('presentation')).toBeVisible()
  const scene = await readScene(page)
  expectReadable(scene)
  // Of the sample's 23 people on the map, nearly all have a name on the big screen.
  expect(scene.labels.length + scene.hidden.length).toBe(23)
  expect(scene.hidden.length).toBeLessThanOrEqual(2)
  const short = scene.labels.filter((l) => l.text.endsWith('…'))
  expect(short.length).toBeGreaterThan(0)
  const board = short.find((l) => l.text.startsWith('Board of'))
  expect(board, 'the Board of Trustees has a shortened name').toBeDefined()

  const disc = scene.dots.find((d) => d.id === board?.id)!
  const box = (await page.getByTestId('map-canvas').boundingBox())!
  await page.mouse.move(box.x + disc.x, box.y + disc.y)
  await expect.poll(async () => (await readScene(page)).labels.filter((l) => l.onTop).map((l) => l.text)).toEqual(['Board of Trustees'])
  await page.mouse.move(box.x + 2, box.y + 2)
  await expect.poll(async () => (await readScene(page)).labels.filter((l) => l.onTop)).toEqual([])
  await context.close()
})
