import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { pdfFonts, pdfText } from '../support/pdf-tools'
import { expect, test } from './fixtures'

const FOLDER = 'Sample Northwind Health goes paperless - for participants'

test('exports everything for participants from the app, with what is on screen, and downloads a file', async ({ page, host, problems }) => {
  await page.goto(host.url)
  await expect(page.getByLabel('Workshop title')).toHaveValue(/Sample/)
  // Added a moment ago, maybe not saved yet: the export takes the workshop as the screen shows it.
  await page.getByLabel('Add a stakeholder').fill('Łukasz Żółć')
  await page.getByLabel('Add a stakeholder').press('Enter')
  await expect(page.getByText('Łukasz Żółć').first()).toBeVisible()

  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByText('Exports folder beside your workshops folder')).toBeVisible()
  await dialog.getByLabel(/^Everything for participants/).check()
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(dialog.getByRole('status')).toContainText('8 files written', { timeout: 30_000 })

  const folder = join(host.userDataDir, 'Exports', FOLDER)
  const files = (await readdir(folder)).sort()
  expect(files).toHaveLength(8)
  await expect(dialog.getByRole('list', { name: 'Written files' }).getByRole('listitem')).toHaveCount(8)

  const sample = JSON.parse(await readFile(join(host.workshopsDir, 'Sample - Northwind Health goes paperless.json'), 'utf8')) as { stakeholders: { name: string }[] }
  const plan = await pdfText(join(folder, '2 Engagement plan.pdf'))
  for (const { name } of sample.stakeholders) expect(plan).toContain(name)
  expect(plan).toContain('Łukasz Żółć')
  expect(plan).toContain('Ольга Петрова')
  for (const file of files.filter((f) => f.endsWith('.pdf'))) {
    expect(await pdfText(join(folder, file)), file).toContain('Sample: Northwind Health goes paperless')
    for (const font of await pdfFonts(join(folder, file))) expect(font.embedded, `${file}: ${font.name}`).toBe(true)
  }
  const commitment = await pdfText(join(folder, '3 Commitment - Our commitment to paperless wards - all signatures.pdf'))
  expect(commitment).toContain('Søren Madsen')
  expect(commitment).toContain("Margaret O'Neill")

  const summaryRow = dialog.getByRole('listitem').filter({ hasText: '1 Workshop summary.pdf' })
  const [download] = await Promise.all([page.waitForEvent('download'), summaryRow.getByRole('button', { name: 'Download' }).click()])
  expect(download.suggestedFilename()).toBe('1 Workshop summary.pdf')
  const saved = join(host.userDataDir, 'downloaded.pdf')
  await download.saveAs(saved)
  expect((await readFile(saved)).subarray(0, 5).toString()).toBe('%PDF-')
  expect(await pdfText(saved)).toContain('Workshop summary')

  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(dialog).toBeHidden()
  expect(problems).toEqual([])
})

test('exports the plan alone with Ctrl+E and shows a numbered name the second time', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByLabel('Workshop title')).toHaveValue(/Sample/)
  for (const expected of ['Sample Northwind Health goes paperless - Engagement plan.pdf', 'Sample Northwind Health goes paperless - Engagement plan (2).pdf']) {
    await page.keyboard.press('Control+e')
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await dialog.getByLabel(/^Engagement plan/).check()
    await dialog.getByRole('button', { name: 'Export', exact: true }).click()
    await expect(dialog.getByRole('status')).toContainText('One file written')
    await expect(dialog.getByRole('listitem')).toHaveText(new RegExp(expected.replace(/[()]/g, '\\$&')))
    await dialog.getByRole('button', { name: 'Done' }).click()
  }
  expect((await readdir(join(host.userDataDir, 'Exports'))).sort()).toEqual([
    'Sample Northwind Health goes paperless - Engagement plan (2).pdf',
    'Sample Northwind Health goes paperless - Engagement plan.pdf',
  ])
})
