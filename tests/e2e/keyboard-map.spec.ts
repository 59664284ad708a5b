import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, quadrantInMirror, test } from './fixtures'

const NAME = 'Ngozi Eze'
const POINTER_EVENTS = ['mousedown', 'mouseup', 'mousemove', 'pointerdown', 'pointerup', 'pointermove', 'wheel', 'contextmenu']

/** Counts every mouse and pointer event the page sees, so the test can prove it used none. */
async function countPointerEvents(page: Page) {
  await page.evaluate((types) => {
    const counter = { count: 0 }
    ;(window as unknown as { pointerCounter: typeof counter }).pointerCounter = counter
    for (const type of types) window.addEventListener(type, () => counter.count++, { capture: true })
  }, POINTER_EVENTS)
  return () => page.evaluate(() => (window as unknown as { pointerCounter: { count: number } }).pointerCounter.count)
}

const mapFocused = (page: Page) => page.evaluate(() => document.activeElement?.hasAttribute('data-map-keys') ?? false)

/** Presses a key until the screen-reader list puts the person in the quadrant (or gives up). */
async function pressUntil(page: Page, key: string, quadrant: string) {
  for (let i = 0; i < 40 && (await quadrantInMirror(page, NAME)) !== quadrant; i++) await page.keyboard.press(key)
  expect(await quadrantInMirror(page, NAME)).toBe(quadrant)
}

test('a stakeholder goes through all four quadrants by keyboard alone', async ({ page, host, problems }) => {
  await page.goto(host.url)
  await expect(page.getByTestId('map-mirror').locator('li')).toHaveCount(23)
  const pointerEvents = await countPointerEvents(page)

  // Add someone: the shortcut focuses quick-add, Enter adds and selects them.
  await page.keyboard.press('Control+Shift+A')
  await expect(page.getByLabel('Add a stakeholder')).toBeFocused()
  await page.keyboard.type(NAME)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('unplaced-list')).toContainText(NAME)

  // Off the text field, 1 sends the selected person to Change-Makers.
  await page.keyboard.press('Tab')
  await page.keyboard.press('1')
  await expect.poll(() => quadrantInMirror(page, NAME)).toBe('Change-Makers')
  await expect(page.getByTestId('map-status')).toContainText(`${NAME}, Change-Makers`)

  // Tab along the page until the map itself has the focus.
  for (let i = 0; i < 60 && !(await mapFocused(page)); i++) await page.keyboard.press('Tab')
  expect(await mapFocused(page)).toBe(true)

  // Shift+← walks her left, a big step at a time, over the midline into Change Sponsors.
  const before = await page.getByTestId('details-panel').locator('.coordinates').textContent()
  await page.keyboard.press('ArrowLeft')
  await expect(page.getByTestId('details-panel').locator('.coordinates')).not.toHaveText(before ?? '')
  await pressUntil(page, 'Shift+ArrowLeft', 'Change Sponsors')
  await expect(page.getByTestId('details-quadrant')).toHaveText('Change Sponsors')

  // 3 sends her to the Onlookers; Shift+→ walks her over to the Change Adopters.
  await page.keyboard.press('3')
  await expect.poll(() => quadrantInMirror(page, NAME)).toBe('Onlookers')
  await pressUntil(page, 'Shift+ArrowRight', 'Change Adopters')
  await expect(page.getByTestId('map-status')).toContainText(`${NAME}, Change Adopters`)

  // Shift+↑ back up into Change-Makers closes the round.
  await pressUntil(page, 'Shift+ArrowUp', 'Change-Makers')

  // Tab selects the next person in reading order, Alt+arrows the nearest in a direction.
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('details-panel').getByLabel('Name')).not.toHaveValue(NAME)
  expect(await mapFocused(page)).toBe(true)
  const afterTab = await page.getByTestId('details-panel').getByLabel('Name').inputValue()
  await page.keyboard.press('Alt+ArrowDown')
  await expect(page.getByTestId('details-panel').getByLabel('Name')).not.toHaveValue(afterTab)

  // Enter edits the selected person: the focus goes to their name.
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('details-panel').getByLabel('Name')).toBeFocused()

  // ? shows the cheat sheet, built from the same registry.
  await page.keyboard.press('Escape')
  await page.keyboard.press('?')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet).toContainText('Select the next person on the map')
  await expect(sheet).toContainText('Presentation mode')
  await page.keyboard.press('Escape')
  await expect(sheet).toHaveCount(0)

  expect(await pointerEvents()).toBe(0)

  // The file on disk agrees: she ended up high on both axes.
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved')
  const saved = JSON.parse(await readFile(join(host.workshopsDir, 'Sample - Northwind Health goes paperless.json'), 'utf8'))
  const ngozi = saved.stakeholders.find((s: { name: string }) => s.name === NAME)
  expect(ngozi.position.influence).toBeGreaterThanOrEqual(50)
  expect(ngozi.position.interest).toBeGreaterThanOrEqual(50)
  expect(problems).toEqual([])
})

test('the command palette lists every action with its shortcut and runs the chosen one', async ({ page, host, problems }) => {
  await page.goto(host.url)
  await expect(page.getByTestId('map-mirror').locator('li')).toHaveCount(23)
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  await expect(palette).toBeVisible()
  await expect(palette.getByRole('combobox')).toBeFocused()
  // Undo has nothing to undo yet: listed, greyed, with its shortcut.
  const undo = palette.getByRole('option', { name: /^Edit\s*Undo/ })
  await expect(undo).toHaveAttribute('aria-disabled', 'true')
  await expect(undo).toContainText('Ctrl+Z')

  await page.keyboard.type('presentation mode')
  await expect(palette.getByRole('option').first()).toContainText('Presentation mode')
  await expect(palette.getByRole('option').first()).toContainText('F5')
  await page.keyboard.press('Enter')
  await expect(palette).toHaveCount(0)
  await expect(page.getByTestId('presentation')).toBeVisible()

  // From the palette again: hide names, then the arrows pick the timer preset.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('names hidden')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('presentation')).toHaveAttribute('data-names', 'initials')
  await page.keyboard.press('Control+k')
  await page.keyboard.type('timer minutes')
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('option', { selected: true })).toContainText('5 minutes')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('timer-time')).toHaveText('05:00')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('presentation')).toHaveCount(0)
  expect(problems).toEqual([])
})

test('holding an arrow key, then a few quick presses, undo in one step', async ({ page, host, problems }) => {
  await page.goto(host.url)
  await expect(page.getByTestId('map-mirror').locator('li')).toHaveCount(23)
  await page.locator('[data-map-keys]').focus()
  await page.keyboard.press('Tab')
  const coordinates = page.getByTestId('details-panel').locator('.coordinates')
  await expect(coordinates).toBeVisible()
  const start = await coordinates.textContent()
  const undo = page.getByRole('button', { name: 'Undo', exact: true })
  await expect(undo).toBeDisabled()

  // A held key: the first keydown, then the browser's repeats, then the release.
  for (let i = 0; i < 12; i++) await page.keyboard.down('ArrowLeft')
  await page.keyboard.up('ArrowLeft')
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp')
  await expect(coordinates).not.toHaveText(start ?? '')
  const end = await coordinates.textContent()

  // One Ctrl+Z puts the person back where they started, and nothing is left to undo.
  await page.keyboard.press('Control+z')
  await expect(coordinates).toHaveText(start ?? '')
  await expect(undo).toBeDisabled()
  await page.keyboard.press('Control+Shift+z')
  await expect(coordinates).toHaveText(end ?? '')
  expect(problems).toEqual([])
})
