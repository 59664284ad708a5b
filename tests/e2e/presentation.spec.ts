import { readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const DOCS = resolve(import.meta.dirname, '..', '..', 'docs')
/** Set SCREENSHOTS=1 to re-render the pictures in docs/ (they are committed once, not on every run). */
const SAVE_SHOTS = process.env.SCREENSHOTS === '1'

interface KonvaText {
  text(): string
  fontSize(): number
  getAbsoluteScale(): { x: number; y: number }
  isVisible(): boolean
}

/** The texts drawn on the map's canvas, read from Konva's own stage (it sits on window.Konva). */
async function canvasTexts(page: Page, name: 'node-label' | 'node-badge') {
  return page.evaluate((selector) => {
    const konva = (window as unknown as { Konva: { stages: Array<{ find(s: string): KonvaText[] }> } }).Konva
    return konva.stages.flatMap((stage) => stage.find(selector)).map((t) => ({ text: t.text(), px: t.fontSize() * t.getAbsoluteScale().y }))
  }, `.${name}`)
}

async function openSample(page: Page, url: string) {
  await page.goto(url)
  await expect(page.getByLabel('Workshop title')).toHaveValue(/Sample/)
  await expect(page.getByTestId('map-mirror').locator('li')).toHaveCount(23)
}

const SIZES = [
  { width: 1280, height: 720, minLabelPx: 18, shot: 'presentation-1280x720.png' },
  { width: 1920, height: 1080, minLabelPx: 24, shot: 'presentation-1920x1080.png' },
  { width: 3840, height: 2160, minLabelPx: 48, shot: 'presentation-3840x2160.png' },
] as const

for (const size of SIZES) {
  test(`presentation mode at ${size.width}×${size.height}: big names, no private notes, anonymised on request`, async ({ browser, host }) => {
    // 3840×2160 is laid out at full size; its picture is taken at half the pixels to stay small.
    const scale = size.width > 1920 ? 0.5 : 1
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: scale })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(e.message))
    page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined))
    await openSample(page, host.url)

    const sample = JSON.parse(await readFile(join(host.workshopsDir, 'Sample - Northwind Health goes paperless.json'), 'utf8'))
    const privateTexts: string[] = sample.stakeholders.flatMap((s: { notes: Array<{ text: string }> }) => s.notes.map((n) => n.text))
    expect(privateTexts.length).toBeGreaterThan(3)

    await page.getByTestId('map-canvas').focus()
    await page.keyboard.press('F5')
    const presentation = page.getByTestId('presentation')
    await expect(presentation).toBeVisible()
    await expect(page.getByTestId('details-panel')).toHaveCount(0)

    // Every name label on the canvas is at least the projector size for this screen.
    const labels = await canvasTexts(page, 'node-label')
    expect(labels).toHaveLength(23)
    expect(labels.map((l) => l.text)).toContain('Søren Madsen')
    for (const label of labels) expect(label.px).toBeGreaterThanOrEqual(size.minLabelPx)

    // Nothing private anywhere: not in the page, not on the canvas.
    const pageText = await page.locator('body').innerText()
    const drawn = [...labels, ...(await canvasTexts(page, 'node-badge'))].map((t) => t.text).join('\n')
    for (const note of privateTexts) {
      expect(pageText).not.toContain(note)
      expect(drawn).not.toContain(note)
    }

    // Select someone from the keyboard and spotlight their quadrant, for the picture.
    await page.keyboard.press('Tab')
    await expect(page.getByTestId('selection-card')).toContainText('Change-Makers')
    await page.keyboard.press('s')
    await page.keyboard.press('t')
    await expect(page.getByTestId('timer')).toHaveAttribute('data-state', 'running')
    await page.keyboard.press('t')
    await expect(page.getByTestId('timer')).toHaveAttribute('data-state', 'paused')
    if (SAVE_SHOTS) {
      const path = join(DOCS, size.shot)
      await page.screenshot({ path })
      expect((await stat(path)).size).toBeLessThan(300 * 1024)
    }

    // Initials: no full name on the canvas or in the screen-reader list.
    await page.keyboard.press('n')
    await expect(presentation).toHaveAttribute('data-names', 'initials')
    const initials = await canvasTexts(page, 'node-label')
    expect(initials.every((l) => l.text === '')).toBe(true)
    expect((await canvasTexts(page, 'node-badge')).map((b) => b.text)).toContain('SM')
    await expect(page.getByTestId('map-mirror')).not.toContainText('Søren Madsen')
    await expect(page.getByTestId('map-mirror')).toContainText('SM: Change-Makers')

    // Hidden: people become numbers.
    await page.getByRole('button', { name: 'Hidden', exact: true }).click()
    const badges = (await canvasTexts(page, 'node-badge')).map((b) => b.text)
    expect(badges).toContain('1')
    expect(badges.some((b) => /[A-Z]/.test(b))).toBe(false)
    await expect(page.getByTestId('map-mirror')).toContainText('Person 1: Change-Makers')
    expect(await page.locator('body').innerText()).not.toContain('Søren Madsen')

    // Esc leaves; the full workshop screen and names come back.
    await page.keyboard.press('Escape')
    await expect(presentation).toHaveCount(0)
    await expect(page.getByTestId('map-mirror')).toContainText('Søren Madsen: Change-Makers')
    expect(problems).toEqual([])
    await context.close()
  })
}

test('the exercise timer counts down on the big screen, pauses, and says when time is up', async ({ page, host, problems }) => {
  // The page's clock is under the test's control, so no test waits for real minutes.
  await page.clock.install()
  await openSample(page, host.url)
  await page.getByRole('button', { name: 'Present' }).click()
  await expect(page.getByTestId('presentation')).toBeVisible()
  await page.getByRole('button', { name: 'Timer' }).click()
  const timer = page.getByTestId('timer')
  await timer.getByRole('button', { name: '2 minutes' }).click()
  await expect(page.getByTestId('timer-time')).toHaveText('02:00')
  await timer.getByRole('button', { name: 'Chime' }).click()
  await expect(timer.getByRole('button', { name: 'Chime' })).toHaveAttribute('aria-pressed', 'true')

  await timer.getByRole('button', { name: 'Start' }).click()
  await page.clock.fastForward(30_000)
  await expect(page.getByTestId('timer-time')).toHaveText('01:30')
  await timer.getByRole('button', { name: 'Pause' }).click()
  await page.clock.fastForward(60_000)
  await expect(page.getByTestId('timer-time')).toHaveText('01:30')
  await expect(timer).toHaveAttribute('data-state', 'paused')

  await page.getByTestId('map-canvas').focus()
  await page.keyboard.press('t')
  await page.clock.fastForward(91_000)
  await expect(timer).toHaveAttribute('data-state', 'finished')
  await expect(page.getByTestId('timer-time')).toHaveText('00:00')
  await expect(timer.getByRole('status')).toHaveText('Time is up')

  await page.keyboard.press('Shift+T')
  await expect(page.getByTestId('timer-time')).toHaveText('02:00')
  expect(problems).toEqual([])
})

test('the laser pointer draws a fading trail and keeps the pointer off the people; the spotlight cycles', async ({ page, host, problems }) => {
  await page.clock.install()
  await openSample(page, host.url)
  await page.getByTestId('map-canvas').focus()
  await page.keyboard.press('F5')
  const laser = page.getByTestId('laser-pointer')
  await expect(laser).toHaveCSS('pointer-events', 'none')
  await page.keyboard.press('l')
  await expect(laser).toHaveCSS('pointer-events', 'auto')
  const box = await laser.boundingBox()
  if (!box) throw new Error('no laser layer')
  const redPixels = () =>
    laser.evaluate((canvas: HTMLCanvasElement) => {
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray()
      let red = 0
      for (let i = 0; i < data.length; i += 4) if ((data[i + 3] ?? 0) > 0 && (data[i] ?? 0) > 200 && (data[i + 1] ?? 0) < 80) red++
      return red
    })

  // Time stands still while the pointer sweeps, then moves on in steps the test chooses.
  await page.clock.pauseAt(Date.now() + 60_000)
  await page.mouse.move(box.x + 200, box.y + 200)
  await page.mouse.move(box.x + 600, box.y + 400, { steps: 10 })
  await page.clock.runFor(20)
  const withTrail = await redPixels()
  await page.clock.runFor(2_000)
  const dotOnly = await redPixels()
  expect(dotOnly).toBeGreaterThan(0)
  expect(withTrail).toBeGreaterThan(2 * dotOnly)

  // A press with the pointer on reaches the laser layer, not the map: nobody gets selected.
  await page.mouse.down()
  await page.mouse.up()
  await expect(page.getByTestId('selection-card')).toHaveCount(0)
  await page.keyboard.press('l')
  await expect(laser).toHaveCSS('pointer-events', 'none')
  expect(await redPixels()).toBe(0)

  // S steps the spotlight through the quadrants and back off.
  const spotlight = page.getByRole('group', { name: 'Spotlight' })
  for (const name of ['Change-Makers', 'Change Sponsors', 'Onlookers', 'Change Adopters', 'Off']) {
    await page.keyboard.press('s')
    await expect(spotlight.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true')
  }
  expect(problems).toEqual([])
})
