import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { type Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** A client's list as Excel on a European Windows saves it: BOM, semicolons, decimal commas, a blank row, a nameless row, a duplicate. */
const CLIENT_CSV = [
  '\uFEFFFull name;Department;Job title;Power (1-5);Impact (1-5);Sentiment;Remarks',
  'Ingrid Solberg;Finance;Controller;4,5;4;supportive;Owns the budget for the scanners',
  'Rafael Duarte;Nursing;Night sister;;;sceptical;',
  ';IT;Service desk;2;3;;',
  '',
  'Søren Madsen;Executive Board;Chief Medical Officer;5;4;;Wants weekly updates',
  '<b>Bold</b> <script>alert(1)</script>;Wards;;;;;',
].join('\r\n')

const PASTED = ['Aiko Sato', 'Bruno Costa', 'Chiara Ricci', 'Dmitri Volkov', 'Efua Mensah']

async function openStakeholders(page: Page) {
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('button', { name: 'Stakeholders' }).click()
  await expect(page.getByTestId('register-table')).toBeVisible()
}

const registerNames = (page: Page) => page.getByTestId('register-table').locator('tbody .cell-name')

test('import a CSV through the mapping step, paste five names and filter the register by quadrant', async ({ page, host, problems }) => {
  await page.goto(host.url)
  await expect(page.getByLabel('Workshop title')).toHaveValue(/Sample/)
  await openStakeholders(page)
  await expect(page.getByTestId('register-count')).toHaveText('25 stakeholders')

  // A file that is not a spreadsheet is refused and nothing changes.
  await page.getByRole('button', { name: 'Import spreadsheet…' }).click()
  await page.getByLabel('Spreadsheet file').setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)) })
  await expect(page.getByRole('alert')).toContainText('This does not look like a spreadsheet')

  // The client's list: the mapping step guesses each column and the scale of the scores.
  await page.getByLabel('Spreadsheet file').setInputFiles({ name: 'client-list.csv', mimeType: 'text/csv', buffer: Buffer.from(CLIENT_CSV, 'utf8') })
  await expect(page.getByTestId('import-source')).toContainText('client-list.csv · CSV, utf-8, separated by semicolons')
  await expect(page.getByLabel('Read column Full name as')).toHaveValue('name')
  await expect(page.getByLabel('Read column Department as')).toHaveValue('unit')
  await expect(page.getByLabel('Read column Power (1-5) as')).toHaveValue('influence')
  await expect(page.getByLabel('Scale of Power (1-5)')).toHaveValue('1-5')
  await expect(page.getByLabel('Read column Remarks as')).toHaveValue('notes')
  // The user reads the remarks as concerns instead.
  await page.getByLabel('Read column Remarks as').selectOption('concerns')
  await page.getByRole('button', { name: 'Next: preview' }).click()

  // The preview: counts, the skipped row and why, the duplicate offered to merge.
  await expect(page.getByTestId('preview-counts')).toHaveText('3 to add · 1 to merge · 1 to skip · 1 blank row ignored')
  await expect(page.getByTestId('skipped-rows')).toHaveText('Row 4 No name in this row.')
  await expect(page.getByTestId('preview-table')).toContainText('Same name and unit as “Søren Madsen”, already in the workshop')
  await expect(page.getByTestId('register-count')).toHaveText('25 stakeholders')
  await page.getByRole('button', { name: 'Import 3 people, merge 1' }).click()

  await expect(page.getByTestId('import-result')).toHaveText('Added 3 people, merged 1, skipped 1. Undo takes it all back.')
  // In the register, names are plain text, never markup.
  await expect(page.getByTestId('register-count')).toHaveText('28 stakeholders')
  await expect(registerNames(page).nth(25)).toHaveValue('Ingrid Solberg')
  await expect(registerNames(page).nth(27)).toHaveValue('<b>Bold</b> <script>alert(1)</script>')
  await expect(page.getByTestId('register-table').locator('b, script')).toHaveCount(0)
  await expect(page.getByRole('row', { name: /Ingrid Solberg/ }).getByLabel('Quadrant of Ingrid Solberg')).toHaveValue('change-makers')

  // The people without scores wait in the map's side list.
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('button', { name: 'Map' }).click()
  const side = page.getByTestId('unplaced-list')
  await expect(side.getByRole('button', { name: /Rafael Duarte/ })).toBeVisible()
  await expect(side.getByRole('button', { name: /<b>Bold<\/b>/ })).toBeVisible()
  await expect(side.getByRole('button', { name: /Ingrid Solberg/ })).toHaveCount(0)

  // Bulk paste five names.
  await openStakeholders(page)
  await page.getByRole('button', { name: 'Paste names…' }).click()
  await page.getByLabel(/One name a line/).fill(PASTED.join('\n'))
  await expect(page.getByTestId('preview-counts')).toHaveText('5 to add · 0 to merge · 0 to skip')
  await page.getByRole('button', { name: 'Add 5 people' }).click()
  await expect(page.getByTestId('register-count')).toHaveText('33 stakeholders')
  for (const name of PASTED) await expect(page.getByLabel(`Name of ${name}`)).toHaveValue(name)

  // Filter by quadrant: only Change-Makers remain, Ingrid among them.
  await page.getByLabel('Filter by quadrant').selectOption('change-makers')
  await expect(page.getByTestId('register-count')).toHaveText('7 of 33')
  const quadrants = page.getByTestId('register-table').locator('tbody select.quadrant-select')
  await expect(quadrants).toHaveCount(7)
  for (const value of await quadrants.evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value))) expect(value).toBe('change-makers')
  await expect(page.getByLabel('Name of Ingrid Solberg')).toBeVisible()
  await page.getByLabel('Filter by quadrant').selectOption('unplaced')
  await expect(page.getByTestId('register-count')).toHaveText('9 of 33')

  // The merge filled Søren's gaps without changing what the room had decided, and it all reached the disk.
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved')
  const file = (await readdir(host.workshopsDir)).find((f) => f.endsWith('.json'))
  const saved = JSON.parse(await readFile(join(host.workshopsDir, file ?? ''), 'utf8'))
  expect(saved.stakeholders).toHaveLength(33)
  const soren = saved.stakeholders.find((s: { name: string }) => s.name === 'Søren Madsen')
  expect(soren.position).toEqual({ interest: 76, influence: 86 })
  expect(soren.notes.some((n: { kind: string; text: string }) => n.kind === 'concern' && n.text === 'Wants weekly updates')).toBe(true)
  const ingrid = saved.stakeholders.find((s: { name: string }) => s.name === 'Ingrid Solberg')
  expect(ingrid).toMatchObject({ unit: 'Finance', role: 'Controller', attitude: 'supporter', position: { influence: 87.5, interest: 75 } })

  // One undo takes the whole paste back.
  await page.getByRole('button', { name: 'Undo' }).click()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(page.getByTestId('register-count')).toHaveText('28 stakeholders')
  expect(problems).toEqual([])
})

test('the identification questions each add their own people, and an unanswered one shows it', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: '← Workshops' }).click()
  await page.getByRole('button', { name: 'New blank workshop' }).click()
  await page.getByLabel('Workshop title').fill('Blank slate')
  await page.getByRole('button', { name: 'Create' }).click()
  await openStakeholders(page)
  await page.getByRole('button', { name: 'Identify' }).click()
  const sponsorship = page.getByTestId('question-sponsorship')
  await expect(sponsorship).toContainText('Nobody named yet.')
  await page.getByLabel('Add someone for question 2').fill('Chief Financial Officer')
  await page.keyboard.press('Enter')
  await expect(sponsorship.getByRole('button', { name: /Chief Financial Officer/ })).toBeVisible()
  await expect(sponsorship).not.toContainText('Nobody named yet.')
  await expect(page.getByTestId('question-solution')).toContainText('Nobody named yet.')
  await expect(page.getByTestId('stakeholder-profile')).toContainText('Chief Financial Officer')
  await expect(page.locator('#profile-surfaced')).toHaveValue('sponsorship')
})

test('the profile deletes its person in one undoable step, and the file follows', async ({ page, host, problems }) => {
  await page.goto(host.url)
  await expect(page.getByLabel('Workshop title')).toHaveValue(/Sample/)
  await openStakeholders(page)
  await expect(page.getByTestId('register-count')).toHaveText('25 stakeholders')
  await page.getByLabel('Name of Søren Madsen').focus()
  const profile = page.getByTestId('stakeholder-profile')
  await expect(profile.getByRole('heading', { name: 'Søren Madsen' })).toBeVisible()

  await profile.getByRole('button', { name: 'Delete Søren Madsen' }).click()
  await expect(page.getByTestId('register-count')).toHaveText('24 stakeholders')
  await expect(page.getByLabel('Name of Søren Madsen')).toHaveCount(0)
  await expect(page.getByRole('complementary', { name: 'Stakeholder profile' })).toContainText('Select someone')
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved')
  const savedNames = async () => {
    const file = (await readdir(host.workshopsDir)).find((f) => f.endsWith('.json'))
    return JSON.parse(await readFile(join(host.workshopsDir, file ?? ''), 'utf8')).stakeholders.map((s: { name: string }) => s.name)
  }
  expect(await savedNames()).not.toContain('Søren Madsen')

  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByTestId('register-count')).toHaveText('25 stakeholders')
  await expect(page.getByLabel('Name of Søren Madsen')).toHaveValue('Søren Madsen')
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved')
  await expect.poll(savedNames).toContain('Søren Madsen')
  expect(problems).toEqual([])
})
