import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { dragWithMouse, expect, mapPointOnScreen, quadrantInMirror, test } from './fixtures'

const NAME = 'Łukasz Żółć'

test('the room builds the map live, and every step lands in the file on disk', async ({ page, host, problems }) => {
  await page.goto(host.url)
  // First start opens the bundled sample straight away.
  await expect(page.getByLabel('Workshop title')).toHaveValue(/Sample/)
  await expect(page.getByTestId('map-mirror').locator('li')).toHaveCount(23)

  await page.getByRole('button', { name: '← Workshops' }).click()
  await page.getByRole('button', { name: 'New from sample' }).click()
  await page.getByLabel('Workshop title').fill('Kick-off at Northwind')
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByLabel('Workshop title')).toHaveValue('Kick-off at Northwind')

  // Quick-add: type a name, Enter, and he is waiting in the side list.
  await page.getByLabel('Add a stakeholder').fill(NAME)
  await page.keyboard.press('Enter')
  const chip = page.getByTestId('unplaced-list').getByRole('button', { name: new RegExp(NAME) })
  await expect(chip).toBeVisible()

  // Drag him from the list onto the top-right quadrant.
  const chipBox = await chip.boundingBox()
  if (!chipBox) throw new Error('chip not visible')
  await dragWithMouse(page, { x: chipBox.x + 40, y: chipBox.y + chipBox.height / 2 }, await mapPointOnScreen(page, { interest: 80, influence: 82 }))
  await expect(chip).toHaveCount(0)
  await expect.poll(() => quadrantInMirror(page, NAME)).toBe('Change-Makers')
  await expect(page.getByTestId('details-quadrant')).toHaveText('Change-Makers')

  // Drag him on the canvas down to the bottom-left.
  await dragWithMouse(page, await mapPointOnScreen(page, { interest: 80, influence: 82 }), await mapPointOnScreen(page, { interest: 15, influence: 30 }))
  await expect.poll(() => quadrantInMirror(page, NAME)).toBe('Onlookers')

  // One undo reverts the whole drag.
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+z')
  await expect.poll(() => quadrantInMirror(page, NAME)).toBe('Change-Makers')

  // Autosave shows it is done, and the file on disk agrees.
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved')
  const saved = JSON.parse(await readFile(join(host.workshopsDir, 'Kick-off at Northwind.json'), 'utf8'))
  const lukasz = saved.stakeholders.find((s: { name: string }) => s.name === NAME)
  expect(lukasz.position.interest).toBeGreaterThanOrEqual(50)
  expect(lukasz.position.influence).toBeGreaterThanOrEqual(50)

  // A reload reads the workshop back from the file.
  await page.reload()
  await expect(page.getByLabel('Workshop title')).toHaveValue('Kick-off at Northwind')
  await expect.poll(() => quadrantInMirror(page, NAME)).toBe('Change-Makers')

  // Rename and duplicate from the home screen.
  await page.getByRole('button', { name: '← Workshops' }).click()
  await page.getByRole('button', { name: 'Rename Kick-off at Northwind' }).click()
  await page.getByLabel('New title').fill('Northwind kick-off, 6 October')
  await page.getByRole('button', { name: 'Rename', exact: true }).click()
  await expect(page.getByTestId('workshop-list')).toContainText('Northwind kick-off, 6 October')
  await page.getByRole('button', { name: 'Duplicate Northwind kick-off, 6 October' }).click()
  await expect(page.getByTestId('workshop-list')).toContainText('Northwind kick-off, 6 October (copy)')

  const files = (await readdir(host.workshopsDir)).filter((f) => f.endsWith('.json')).sort()
  expect(files).toEqual(['Northwind kick-off, 6 October (copy).json', 'Northwind kick-off, 6 October.json', 'Sample - Northwind Health goes paperless.json'])
  const copy = JSON.parse(await readFile(join(host.workshopsDir, 'Northwind kick-off, 6 October (copy).json'), 'utf8'))
  expect(copy.stakeholders.some((s: { name: string }) => s.name === NAME)).toBe(true)
  expect(problems).toEqual([])
})
