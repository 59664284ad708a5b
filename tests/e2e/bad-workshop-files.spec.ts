import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'

const BAD_FILES: Record<string, string> = {
  'Truncated.json': '{"schemaVersion":1,"id":"abc","title":"Half a wor',
  'From the future.json': JSON.stringify({ schemaVersion: 99, id: 'future', title: 'Made by Coalition 9' }),
  'Shopping list.json': JSON.stringify({ eggs: 12, milk: '1 l' }),
}

test('files that are not workshops get a clear message and are never written', async ({ page, host, problems }) => {
  for (const [name, content] of Object.entries(BAD_FILES)) await writeFile(join(host.workshopsDir, name), content)
  await page.goto(host.url)

  const list = page.getByTestId('workshop-list')
  await expect(list.locator('[data-file="Truncated.json"]')).toContainText('not valid JSON')
  await expect(list.locator('[data-file="From the future.json"]')).toContainText('newer version of Coalition')
  await expect(list.locator('[data-file="Shopping list.json"]')).toContainText('not a Coalition workshop')
  // A file that cannot be read leads to its saved versions (none here), never into the editor.
  await list.locator('[data-file="Truncated.json"] .workshop-open').click()
  await expect(page.getByRole('heading', { name: 'Saved versions of “Truncated”' })).toBeVisible()
  await expect(page.getByText('This file cannot be opened.')).toBeVisible()
  await expect(page.getByText('No saved versions of this workshop were found')).toBeVisible()
  await page.getByRole('button', { name: '← All workshops' }).click()

  // Opening a bad file from elsewhere explains itself and adds nothing to the folder.
  await page.locator('#open-workshop-file').setInputFiles({ name: 'minutes.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion":1,') })
  await expect(page.getByRole('alert')).toContainText('Could not open “minutes.json”')
  await expect(page.getByRole('alert')).toContainText('not valid JSON')
  await expect(list.locator('li')).toHaveCount(3)

  // Deleting and restoring one of them keeps its bytes exactly.
  await page.getByRole('button', { name: 'Delete Truncated' }).click()
  await expect(list.locator('li')).toHaveCount(2)
  await page.getByText('Recently deleted (1)').click()
  await page.getByRole('button', { name: 'Restore' }).click()
  await expect(list.locator('li')).toHaveCount(3)

  for (const [name, content] of Object.entries(BAD_FILES)) {
    expect(await readFile(join(host.workshopsDir, name), 'utf8'), `${name} was changed`).toBe(content)
  }
  expect(problems).toEqual([])
})
