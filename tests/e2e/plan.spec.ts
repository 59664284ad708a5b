import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { pdfText } from '../support/pdf-tools'
import { dragWithMouse, expect, mapPointOnScreen, test } from './fixtures'

const SAMPLE_FILE = 'Sample - Northwind Health goes paperless.json'
const TITLE = 'Ward design sprint'

async function saved(host: { workshopsDir: string }) {
  return JSON.parse(await readFile(join(host.workshopsDir, SAMPLE_FILE), 'utf8'))
}

async function takeSnapshot(page: Page, name: string) {
  await page.getByRole('toolbar', { name: 'Targets and snapshots' }).getByRole('button', { name: 'Take snapshot…' }).click()
  await page.getByLabel('Name of the snapshot').fill(name)
  await page.getByRole('button', { name: 'Take snapshot', exact: true }).click()
}

test('the room plans for the Change-Makers, sets a target, compares two snapshots on the map and exports the plan', async ({ page, host, problems }) => {
  await page.goto(host.url)
  await expect(page.getByLabel('Workshop title')).toHaveValue(/Sample/)

  // Plan: an activity for the whole Change-Makers quadrant, edited, then dragged across the board.
  await page.getByRole('button', { name: 'Plan', exact: true }).click()
  await expect(page.getByTestId('coverage')).toContainText('Not reached by any planned activity')
  await page.getByRole('button', { name: 'Add an activity for the Change-Makers' }).click()
  await page.getByLabel('Activity', { exact: true }).fill(TITLE)
  await page.keyboard.press('Enter')
  await page.getByLabel('Owner').fill('Priya Raman')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('activity-reach')).toContainText('Reaches 6 people')
  const card = page.locator('.activity-card', { hasText: TITLE })
  await expect(page.getByTestId('column-planned')).toContainText(TITLE)

  await card.scrollIntoViewIfNeeded()
  const cardBox = await card.boundingBox()
  const column = await page.getByTestId('column-in-progress').boundingBox()
  if (!cardBox || !column) throw new Error('The board is not visible')
  await dragWithMouse(page, { x: cardBox.x + 30, y: cardBox.y + 12 }, { x: column.x + column.width / 2, y: cardBox.y + 20 })
  await expect(page.getByTestId('column-in-progress')).toContainText(TITLE)
  await expect(page.getByLabel('Status')).toHaveValue('in-progress')
  // The drag is one undo step.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByTestId('column-planned')).toContainText(TITLE)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(page.getByTestId('column-in-progress')).toContainText(TITLE)

  // The Onlookers are flagged until something reaches them.
  await page.getByRole('button', { name: 'Add an activity for the Onlookers' }).click()
  await expect(page.getByTestId('coverage')).toContainText('Every person on the map is reached')

  // Desired position: set Grace's target and drag its ring into the Change-Makers.
  await page.getByRole('button', { name: 'Map', exact: true }).click()
  await page.mouse.click(...xy(await mapPointOnScreen(page, { interest: 28, influence: 30 })))
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Grace Kimani')
  await page.getByRole('button', { name: 'Set a target' }).click()
  await dragWithMouse(page, await mapPointOnScreen(page, { interest: 40, influence: 30 }), await mapPointOnScreen(page, { interest: 64, influence: 62 }))
  const target = page.getByTestId('desired-position')
  await expect(target).toContainText('Change-Makers')
  await expect(page.getByTestId('desired-gap')).toContainText('away from the target')
  // One undo puts the ring back where the drag began.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(target).toContainText('Onlookers · Influence 30 · Interest 40')
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(target).toContainText('Change-Makers')
  // The keyboard way: type the target's influence.
  await page.getByLabel('Target influence').fill('70')
  await page.getByLabel('Target influence').press('Enter')
  await expect(target).toContainText('Change-Makers · Influence 70')

  // Two snapshots with a move in between, compared on the map.
  await takeSnapshot(page, 'Workshop day 1')
  await dragWithMouse(page, await mapPointOnScreen(page, { interest: 28, influence: 30 }), await mapPointOnScreen(page, { interest: 58, influence: 57 }))
  await expect(page.getByTestId('details-quadrant')).toHaveText('Change-Makers')
  await takeSnapshot(page, 'Workshop day 2')
  await page.getByRole('button', { name: 'Compare snapshots' }).click()
  const comparison = page.getByTestId('comparison')
  await comparison.getByRole('combobox', { name: 'From', exact: true }).selectOption({ label: 'Workshop day 1' })
  await comparison.getByRole('combobox', { name: 'to', exact: true }).selectOption({ label: 'Workshop day 2' })
  await expect(page.getByTestId('comparison-summary')).toHaveText('1 person moved, 1 into another quadrant')
  await page.getByTestId('comparison-summary').click()
  await expect(page.getByTestId('comparison-list')).toContainText('Grace Kimani Onlookers → Change-Makers')
  // Undoing the second snapshot leaves nothing to compare it with; redo brings it back.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(comparison).toContainText('That snapshot was deleted.')
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(page.getByTestId('comparison-summary')).toHaveText('1 person moved, 1 into another quadrant')
  await comparison.getByRole('button', { name: 'Close' }).click()

  // Play the movement across all four snapshots; it ends on the first against the last.
  await page.getByRole('button', { name: '▶ Play movement' }).click()
  await expect(page.getByTestId('playback-caption')).toContainText('→')
  await expect(page.getByTestId('comparison-summary')).toBeVisible({ timeout: 20_000 })
  await expect(comparison.getByRole('combobox', { name: 'From', exact: true }).locator('option:checked')).toHaveText('Kick-off')
  await expect(comparison.getByRole('combobox', { name: 'to', exact: true }).locator('option:checked')).toHaveText('Workshop day 2')
  await comparison.getByRole('button', { name: 'Close' }).click()

  // Tracking: the gap list and the charts know about all of it; a check-in is recorded.
  await page.getByRole('button', { name: 'Tracking', exact: true }).click()
  await expect(page.getByTestId('gap-list')).toContainText('Grace Kimani')
  await expect(page.getByTestId('snapshot-list').locator('li')).toHaveCount(4)
  await expect(page.getByTestId('activities-done')).toContainText('1 of 7 done')
  await page.getByLabel('Person to check in with').selectOption({ label: 'Grace Kimani' })
  await page.getByLabel('Priorities and concerns').fill('Wants training before go-live.')
  await page.getByRole('button', { name: 'Add check-in' }).click()
  await expect(page.getByTestId('check-in-list')).toContainText('Wants training before go-live.')

  // Every step is in the file on disk.
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved')
  const file = await saved(host)
  const activity = file.plan.activities.find((a: { title: string }) => a.title === TITLE)
  expect(activity).toMatchObject({ status: 'in-progress', quadrants: ['change-makers'], owner: 'Priya Raman', type: 'co-creation-session' })
  const grace = file.stakeholders.find((s: { id: string }) => s.id === 'sh-grace')
  expect(grace.desired.interest).toBeGreaterThanOrEqual(50)
  expect(grace.desired.influence).toBeGreaterThanOrEqual(50)
  const names = file.tracking.snapshots.map((s: { name: string }) => s.name)
  expect(names).toEqual(['Kick-off', 'Month 1', 'Workshop day 1', 'Workshop day 2'])
  expect(file.tracking.checkIns.at(-1)).toMatchObject({ stakeholderId: 'sh-grace', note: 'Wants training before go-live.' })

  // The plan leaves the room as a PDF that carries the new activity and both snapshots.
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await dialog.getByLabel(/^Engagement plan/).check()
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(dialog.getByRole('status')).toContainText('One file written', { timeout: 30_000 })
  const pdf = (await pdfText(join(host.userDataDir, 'Exports', 'Sample Northwind Health goes paperless - Engagement plan.pdf'))).replace(/\s+/g, ' ')
  expect(pdf).toContain(TITLE)
  expect(pdf).toContain('Workshop day 1')
  expect(pdf).toContain('Workshop day 2')
  expect(pdf).toContain('Grace Kimani')
  await dialog.getByRole('button', { name: 'Done' }).click()
  expect(problems).toEqual([])
})

const xy = (p: { x: number; y: number }) => [p.x, p.y] as const
