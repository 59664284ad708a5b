import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { pdfText } from '../support/pdf-tools'
import { dragWithMouse, expect, test } from './fixtures'

const STATEMENTS = [
  'We will open every board meeting with the progress of the new record.',
  'We will answer every question raised in the feedback channel within a week.',
  'We will thank, by name, the wards that try the new way first.',
]

/** The statements as the editor lists them, top to bottom. */
const editorOrder = (page: Page) => page.getByRole('list', { name: 'Statements' }).getByRole('textbox', { name: /^Statement \d+$/ }).evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value))

/** All the text of the live preview, in reading order. */
const previewText = (page: Page) => page.getByTestId('commitment-preview').locator('svg text').allTextContents().then((lines) => lines.join(' '))

/** The one workshop file in the folder (first start copies the sample there). */
async function savedWorkshop(dir: string) {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json'))
  expect(files).toHaveLength(1)
  return JSON.parse(await readFile(join(dir, files[0] ?? ''), 'utf8'))
}

async function strokeOnPad(page: Page, points: { x: number; y: number }[]) {
  const box = await page.getByTestId('signature-pad').locator('canvas').first().boundingBox()
  if (!box) throw new Error('The signature pad is not visible')
  const [first, ...rest] = points
  if (!first) return
  await page.mouse.move(box.x + first.x, box.y + first.y)
  await page.mouse.down()
  for (const p of rest) await page.mouse.move(box.x + p.x, box.y + p.y, { steps: 6 })
  await page.mouse.up()
}

test('draft a commitment, reorder it by drag, sign for one leader and leave another a blank line', async ({ page, host, problems }) => {
  await page.goto(host.url)
  await expect(page.getByLabel('Workshop title')).toHaveValue(/Sample/)
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('button', { name: 'Leaders' }).click()
  await page.getByRole('navigation', { name: 'Leaders views' }).getByRole('button', { name: 'Commitments' }).click()

  // Draft from the blank template and write three statements with the room.
  await page.getByLabel('New from a template').selectOption('blank')
  await page.getByRole('button', { name: 'Draft it' }).click()
  await page.getByLabel('Title', { exact: true }).fill('Our promise to the wards')
  await page.getByLabel('Title', { exact: true }).press('Enter')
  await page.getByLabel('Preamble').fill('We sign this in front of our colleagues so that they can hold us to it.')
  await page.getByLabel('Preamble').blur()
  for (const [index, statement] of STATEMENTS.entries()) {
    await page.getByRole('textbox', { name: 'New statement' }).fill(statement)
    if (index === 1) await page.locator('#new-statement-credit').fill('Zoë Adeyemi')
    await page.getByRole('textbox', { name: 'New statement' }).press('Enter')
  }
  await expect.poll(() => editorOrder(page)).toEqual(STATEMENTS)
  await expect.poll(() => previewText(page)).toContain('Our promise to the wards')
  await expect.poll(() => previewText(page)).toContain('Proposed by Zoë Adeyemi')

  // Drag the third statement by its handle above the first.
  const handle = (n: number) => page.getByRole('button', { name: `Move statement ${n}`, exact: true })
  const from = await handle(3).boundingBox()
  const to = await handle(1).boundingBox()
  if (!from || !to) throw new Error('drag handles not visible')
  await dragWithMouse(page, { x: from.x + from.width / 2, y: from.y + from.height / 2 }, { x: to.x + to.width / 2, y: to.y + 4 })
  const reordered = [STATEMENTS[2], STATEMENTS[0], STATEMENTS[1]]
  await expect.poll(() => editorOrder(page)).toEqual(reordered)
  // The preview follows: the statements appear in the new order.
  await expect
    .poll(async () => {
      const text = await previewText(page)
      const at = reordered.map((statement) => text.indexOf((statement ?? '').split(' ').slice(0, 5).join(' ')))
      return at.every((position, i) => position >= 0 && (i === 0 || position > (at[i - 1] ?? 0)))
    })
    .toBe(true)

  // The drag is one undo step.
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect.poll(() => editorOrder(page)).toEqual(STATEMENTS)
  await page.getByRole('button', { name: 'Redo', exact: true }).click()
  await expect.poll(() => editorOrder(page)).toEqual(reordered)

  // From the keyboard: pick the first statement up by its handle, move it down one, drop it; then undo.
  await handle(1).focus()
  await page.keyboard.press('Space')
  await expect(handle(1)).toHaveAttribute('aria-pressed', 'true')
  // The statement below makes room by sliding up. dnd-kit starts listening for the arrow keys from a
  // timer after the pick-up, so on a loaded machine the press can come first and go unheard (seen
  // once in CI): press again only while nothing has moved; a second move would fail the order below.
  const below = page.getByRole('list', { name: 'Statements' }).locator('li').nth(1)
  await expect(async () => {
    if (!/translate3d\(0px, -/.test((await below.getAttribute('style')) ?? '')) await page.keyboard.press('ArrowDown')
    await expect(below).toHaveAttribute('style', /translate3d\(0px, -/, { timeout: 2000 })
  }).toPass({ timeout: 10_000 })
  await page.keyboard.press('Space')
  await expect.poll(() => editorOrder(page)).toEqual([STATEMENTS[0], STATEMENTS[2], STATEMENTS[1]])
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect.poll(() => editorOrder(page)).toEqual(reordered)

  // Two leaders sign: Margaret on screen, Søren on paper.
  await page.getByLabel('Add a signatory').selectOption({ label: "Margaret O'Neill" })
  await page.getByLabel('Add a signatory').selectOption({ label: 'Søren Madsen' })
  const margaret = page.locator('[data-signatory="sh-margaret"]')
  const soren = page.locator('[data-signatory="sh-soren"]')
  await margaret.getByRole('button', { name: 'Sign on screen' }).click()
  await strokeOnPad(page, [{ x: 40, y: 120 }, { x: 90, y: 60 }, { x: 140, y: 130 }, { x: 190, y: 70 }])
  await strokeOnPad(page, [{ x: 300, y: 40 }, { x: 320, y: 140 }])
  await expect(page.getByText('2 strokes')).toBeVisible()
  // Undo takes back the last stroke only, in the pad and not in the workshop.
  await page.keyboard.press('Control+z')
  await expect(page.getByText('1 stroke', { exact: true })).toBeVisible()
  await strokeOnPad(page, [{ x: 230, y: 120 }, { x: 280, y: 60 }, { x: 340, y: 125 }, { x: 420, y: 80 }, { x: 520, y: 110 }])
  await expect(page.getByText('2 strokes')).toBeVisible()
  // Even after a click elsewhere, drawing gives the pad the keyboard again: Ctrl+Z takes the stroke back.
  await page.getByRole('heading', { name: 'Signatories' }).click()
  await strokeOnPad(page, [{ x: 450, y: 60 }, { x: 500, y: 40 }])
  await expect(page.getByText('3 strokes')).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(page.getByText('2 strokes')).toBeVisible()
  await expect(page.getByTestId('commitment-preview')).toContainText('Søren Madsen')
  await page.getByRole('button', { name: 'Save signature' }).click()
  await expect(margaret).toContainText('Signed on screen')
  await expect(soren).toContainText('Blank line to sign on paper')
  await expect(page.getByTestId('commitment-preview').locator('svg polyline')).toHaveCount(2)

  // Saving the signature was one step of the workshop's history.
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(margaret).toContainText('Blank line to sign on paper')
  await page.getByRole('button', { name: 'Redo', exact: true }).click()
  await expect(margaret).toContainText('Signed on screen')

  // The file on disk holds the order, the credit and the strokes.
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved')
  const saved = await savedWorkshop(host.workshopsDir)
  const document = saved.leadership.commitments.find((c: { title: string }) => c.title === 'Our promise to the wards')
  expect(document.template).toBe('blank')
  expect(document.statements.map((s: { text: string }) => s.text)).toEqual(reordered)
  expect(document.statements.map((s: { proposedBy: string }) => s.proposedBy)).toEqual(['', '', 'Zoë Adeyemi'])
  const signatures = Object.fromEntries(document.signatories.map((s: { stakeholderId: string; signature: unknown }) => [s.stakeholderId, s.signature]))
  expect(signatures['sh-soren']).toBeNull()
  expect(signatures['sh-margaret'].strokes).toHaveLength(2)
  expect(signatures['sh-margaret'].strokes[1].points.length).toBeGreaterThan(8)

  // Exported from the app: the statements in their order, the credit and both names are in the PDF with every signature.
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await dialog.getByLabel(/^Commitments/).check()
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(dialog.getByRole('status')).toContainText('files written', { timeout: 30_000 })
  const out = join(host.userDataDir, 'Exports')
  const pdfs = (await readdir(out)).filter((f) => f.includes('Our promise to the wards'))
  const combined = pdfs.find((f) => f.endsWith('all signatures.pdf'))
  expect(combined, `exported: ${pdfs.join(', ')}`).toBeDefined()
  const text = (await pdfText(join(out, combined ?? ''))).replace(/\s+/g, ' ')
  const at = reordered.map((statement) => text.indexOf(statement ?? ''))
  expect(at.every((position, i) => position >= 0 && (i === 0 || position > (at[i - 1] ?? 0))), `statements in order in:\n${text}`).toBe(true)
  expect(text.match(/Proposed by Zoë Adeyemi/g)).toHaveLength(1)
  expect(text).toContain("Margaret O'Neill")
  expect(text).toContain('Søren Madsen')
  // And one personal copy for each signatory.
  expect(pdfs.filter((f) => / - for /.test(f))).toHaveLength(2)
  expect(problems).toEqual([])
})
