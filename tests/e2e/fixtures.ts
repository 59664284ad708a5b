import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { type Page, test as base, expect } from '@playwright/test'
import { createIpcHandlers } from '../../src/main/ipc-handlers'
import { samplePathIn } from '../../src/main/paths'
import { AppSettingsStore } from '../../src/main/services/app-settings'
import { WorkshopLibrary } from '../../src/main/services/workshop-library'
import { type RunningWebHost, startWebHost } from '../../src/web-host/web-host'

const ROOT = resolve(import.meta.dirname, '..', '..')

export interface TestHost {
  url: string
  token: string
  workshopsDir: string
  userDataDir: string
  running: RunningWebHost
}

/** A browser host of the built renderer over fresh, real folders on disk, one per test. */
export const test = base.extend<{ host: TestHost; problems: string[] }>({
  host: async ({}, use) => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'coalition-e2e-'))
    const workshopsDir = join(userDataDir, 'Workshops')
    const library = await WorkshopLibrary.open({ dir: workshopsDir, samplePath: samplePathIn(ROOT), backupsDir: join(userDataDir, 'Backups') })
    const settings = await AppSettingsStore.open(join(userDataDir, 'settings.json'))
    const handlers = createIpcHandlers({ library, settings, capabilities: { host: 'browser', version: 'test' } })
    const running = await startWebHost({ handlers, rendererDir: join(ROOT, 'out', 'renderer') })
    await use({ url: running.url, token: running.token, workshopsDir, userDataDir, running })
    await running.close()
    await rm(userDataDir, { recursive: true, force: true })
  },
  /** Page errors, failed requests and console errors (a CSP violation is one): each test ends with none. */
  problems: async ({ page }, use) => {
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    await use(problems)
    expect(problems, 'the page logged errors').toEqual([])
  },
})

export { expect }

/** Where a map position (0–100 on both axes) is on the screen, from the transform the map exposes. */
export async function mapPointOnScreen(page: Page, position: { interest: number; influence: number }) {
  const canvas = page.getByTestId('map-canvas')
  const box = await canvas.boundingBox()
  if (!box) throw new Error('The map is not visible')
  const read = async (name: string) => Number(await canvas.getAttribute(name))
  const [scale, offsetX, offsetY] = await Promise.all([read('data-scale'), read('data-offset-x'), read('data-offset-y')])
  return {
    x: box.x + offsetX + position.interest * 10 * scale,
    y: box.y + offsetY + (1000 - position.influence * 10) * scale,
  }
}

/** A pointer drag with real intermediate moves, as dnd-kit and Konva need. */
export async function dragWithMouse(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 2 })
  await page.mouse.move(to.x, to.y, { steps: 12 })
  await page.mouse.up()
}

/** The quadrant the screen-reader list gives for a person, e.g. "Change-Makers". */
export async function quadrantInMirror(page: Page, name: string): Promise<string | null> {
  const items = await page.getByTestId('map-mirror').locator('li').allTextContents()
  const line = items.find((text) => text.startsWith(`${name}:`))
  return line ? (line.slice(name.length + 1).split(',')[0]?.trim() ?? null) : null
}
