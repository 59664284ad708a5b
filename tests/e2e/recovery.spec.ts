import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { samplePathIn } from '../../src/main/paths'
import { WorkshopLibrary } from '../../src/main/services/workshop-library'
import { expect, test } from './fixtures'

const SAMPLE_FILE = 'Sample - Northwind Health goes paperless.json'

test('a damaged workshop file leads to its saved versions: open one as a copy, or restore it', async ({ page, host, problems }) => {
  await page.goto(host.url)
  await expect(page.getByLabel('Workshop title')).toHaveValue(/Sample/)
  const people = JSON.parse(await readFile(join(host.workshopsDir, SAMPLE_FILE), 'utf8')).stakeholders.length
  const nadia = page.getByTestId('unplaced-list').getByRole('button', { name: /Nadia Brandt/ })
  await page.getByLabel('Add a stakeholder').fill('Nadia Brandt')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved')
  await page.getByRole('button', { name: '← Workshops' }).click()

  // Something (a sync tool, a crash of another program) leaves the file cut short.
  const path = join(host.workshopsDir, SAMPLE_FILE)
  const damaged = (await readFile(path, 'utf8')).slice(0, 900)
  await writeFile(path, damaged)
  await page.reload()

  const row = page.getByTestId('workshop-list').locator(`[data-file="${SAMPLE_FILE}"]`)
  await expect(row).toContainText('not valid JSON')
  await row.locator('.workshop-open').click()
  await expect(page.getByText('This file cannot be opened.')).toBeVisible()
  const versions = page.getByTestId('backup-list').locator('tbody tr')
  // The first save of the sample, and the save with Nadia, newest first.
  await expect(versions).toHaveCount(2)
  await expect(versions.nth(0).locator('td').nth(1)).toHaveText(String(people + 1))
  await expect(versions.nth(1).locator('td').nth(1)).toHaveText(String(people))
  await page.screenshot({ path: test.info().outputPath('recovery-screen.png') })

  await versions.nth(1).getByRole('button', { name: 'Open as copy' }).click()
  await expect(page.getByLabel('Workshop title')).toHaveValue(/\(restored\)$/)
  await expect(page.getByTestId('map-mirror').locator('li')).not.toHaveCount(0)
  await expect(nadia).toHaveCount(0)
  expect(await readFile(path, 'utf8'), 'the damaged file was written to').toBe(damaged)

  await page.getByRole('button', { name: '← Workshops' }).click()
  await page.getByRole('button', { name: /^Recover / }).click()
  await versions.nth(0).getByRole('button', { name: 'Restore' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByLabel('Workshop title')).toHaveValue(/Sample/)
  await expect(nadia).toBeVisible()
  await page.getByRole('button', { name: '← Workshops' }).click()
  // The damaged bytes were kept in the trash rather than written over.
  await expect(page.getByText('Recently deleted (1)')).toBeVisible()
  expect(problems).toEqual([])
})

test('a workshop another computer is editing opens read-only, or is taken over after asking', async ({ page, host, problems }) => {
  await page.goto(host.url)
  await expect(page.getByLabel('Workshop title')).toHaveValue(/Sample/)
  await page.getByRole('button', { name: '← Workshops' }).click()

  // Coalition on another computer opens the same file from the shared folder.
  const elsewhere = await WorkshopLibrary.open({ dir: host.workshopsDir, samplePath: samplePathIn('.'), lockIdentity: { host: 'meeting-room-pc', pid: 4242 } })
  const theirs = await elsewhere.open(SAMPLE_FILE)
  expect(theirs.ok).toBe(true)

  await page.getByTestId('workshop-list').locator(`[data-file="${SAMPLE_FILE}"] .workshop-open`).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('meeting-room-pc')
  await dialog.getByRole('button', { name: 'Open read-only' }).click()
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'read-only')
  const before = await readFile(join(host.workshopsDir, SAMPLE_FILE), 'utf8')
  await page.getByLabel('Add a stakeholder').fill('Not allowed')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'open read-only' })).toBeVisible()
  // A refused delete leaves the person in the register and still selected.
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('button', { name: 'Stakeholders' }).click()
  await page.getByLabel('Name of Søren Madsen').focus()
  await page.getByTestId('stakeholder-profile').getByRole('button', { name: 'Delete Søren Madsen' }).click()
  await expect(page.getByTestId('register-count')).toHaveText('25 stakeholders')
  await expect(page.getByTestId('stakeholder-profile').getByRole('heading', { name: 'Søren Madsen' })).toBeVisible()
  expect(await readFile(join(host.workshopsDir, SAMPLE_FILE), 'utf8')).toBe(before)
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('button', { name: 'Map' }).click()

  await page.getByRole('button', { name: 'Take over' }).click()
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved')
  await page.getByLabel('Add a stakeholder').fill('Now editing here')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved')
  expect(await readFile(join(host.workshopsDir, SAMPLE_FILE), 'utf8')).toContain('Now editing here')
  // The other computer is now refused rather than writing over the room's work.
  if (!theirs.ok) return
  expect(await elsewhere.save(SAMPLE_FILE, theirs.value.workshop, theirs.value.revision)).toMatchObject({ ok: false, error: { code: 'locked' } })
  expect(problems).toEqual([])
})
