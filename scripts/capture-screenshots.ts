// `npm run docs:screenshots`: renders the app in Debian's Chromium through the browser host and saves
// the README's pictures in docs/. Run after `npm run build`.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_LAUNCH } from '../playwright.config'
import { createIpcHandlers } from '../src/main/ipc-handlers'
import { samplePathIn } from '../src/main/paths'
import { AppSettingsStore } from '../src/main/services/app-settings'
import { WorkshopLibrary } from '../src/main/services/workshop-library'
import { startWebHost } from '../src/web-host/web-host'

const root = resolve(import.meta.dirname, '..')
const docs = join(root, 'docs')

const userData = await mkdtemp(join(tmpdir(), 'coalition-shots-'))
const library = await WorkshopLibrary.open({ dir: join(userData, 'Workshops'), samplePath: samplePathIn(root) })
const settings = await AppSettingsStore.open(join(userData, 'settings.json'))
const host = await startWebHost({
  handlers: createIpcHandlers({ library, settings, capabilities: { host: 'browser', version: 'docs' } }),
  rendererDir: join(root, 'out', 'renderer'),
})
const browser = await chromium.launch(CHROMIUM_LAUNCH)
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
  await page.goto(host.url)
  await page.getByTestId('map-canvas').locator('canvas').first().waitFor()
  // Select someone so the details panel shows what it holds.
  await page.getByTestId('unplaced-list').getByRole('button', { name: /Dr Wei Chen/ }).click()
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(docs, 'map-sample-workshop.png') })

  const sections = page.getByRole('navigation', { name: 'Workshop sections' })
  await sections.getByRole('button', { name: 'Network' }).click()
  await page.locator('[data-champion-id="ch-fatima"]').click()
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(docs, 'network-board.png') })
  await sections.getByRole('button', { name: 'Journey' }).click()
  await page.locator('[data-entry-id="jr-3"] button').click()
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(docs, 'journey-timeline.png') })
  await sections.getByRole('button', { name: 'Map' }).click()

  // The commitment editor with its live preview and Margaret half-way through signing.
  await sections.getByRole('button', { name: 'Leaders' }).click()
  await page.getByRole('navigation', { name: 'Leaders views' }).getByRole('button', { name: 'Commitments' }).click()
  await page.locator('[data-signatory="sh-margaret"]').getByRole('button', { name: 'Sign on screen' }).click()
  const pad = await page.getByTestId('signature-pad').locator('canvas').first().boundingBox()
  if (!pad) throw new Error('The signature pad did not open')
  const signature = [
    [40, 120, 70, 60, 95, 125, 120, 70, 150, 118],
    [170, 110, 200, 80, 230, 112, 262, 84, 300, 108, 340, 90],
  ]
  for (const stroke of signature) {
    await page.mouse.move(pad.x + (stroke[0] ?? 0), pad.y + (stroke[1] ?? 0))
    await page.mouse.down()
    for (let i = 2; i + 1 < stroke.length; i += 2) await page.mouse.move(pad.x + (stroke[i] ?? 0), pad.y + (stroke[i + 1] ?? 0), { steps: 8 })
    await page.mouse.up()
  }
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(docs, 'commitment-editor.png') })

  // The plan board with one activity open in the editor.
  await page.getByRole('button', { name: 'Plan', exact: true }).click()
  await page.locator('.activity-card', { hasText: 'Design the ward screens' }).click()
  await page.getByRole('heading', { name: 'Activities' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(docs, 'plan-board.png') })

  // The sample's first snapshot against the map now: ghosts, arrows and the list of who moved.
  await page.getByRole('button', { name: 'Map', exact: true }).click()
  // Move three people in this throwaway copy, so the comparison has something to show.
  const canvas = page.getByTestId('map-canvas')
  const box = await canvas.boundingBox()
  const attr = async (name: string) => Number(await canvas.getAttribute(name))
  const [scale, offsetX, offsetY] = [await attr('data-scale'), await attr('data-offset-x'), await attr('data-offset-y')]
  const at = (interest: number, influence: number) => ({ x: (box?.x ?? 0) + offsetX + interest * 10 * scale, y: (box?.y ?? 0) + offsetY + (1000 - influence * 10) * scale })
  for (const { from, to } of [
    { from: at(22, 80), to: at(57, 82) },
    { from: at(40, 72), to: at(64, 56) },
    { from: at(28, 30), to: at(46, 24) },
  ]) {
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    await page.mouse.move(to.x, to.y, { steps: 10 })
    await page.mouse.up()
  }
  await page.getByRole('button', { name: 'Compare snapshots' }).click()
  await page.getByRole('combobox', { name: 'From', exact: true }).selectOption({ label: 'Kick-off' })
  await page.getByRole('combobox', { name: 'to', exact: true }).selectOption({ label: 'Now' })
  await page.mouse.click(5, 990)
  await page.waitForTimeout(300)
  await page.screenshot({ path: join(docs, 'map-snapshot-comparison.png') })
  await page.getByTestId('comparison').getByRole('button', { name: 'Close' }).click()

  await page.getByRole('button', { name: '← Workshops' }).click()
  await page.getByTestId('workshop-list').waitFor()
  await page.screenshot({ path: join(docs, 'home.png') })
  console.log(`Saved screenshots in ${docs}`)
} finally {
  await browser.close()
  await host.close()
  await rm(userData, { recursive: true, force: true })
}
