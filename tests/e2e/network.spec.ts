import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { format } from 'date-fns'
import type { Page } from '@playwright/test'
import { pdfText } from '../support/pdf-tools'
import { dragWithMouse, expect, test } from './fixtures'

const SAMPLE_FILE = 'Sample - Northwind Health goes paperless.json'

async function dragCardTo(page: Page, championId: string, stage: string) {
  const card = page.locator(`[data-champion-id="${championId}"]`)
  const from = await card.boundingBox()
  const to = await page.getByTestId(`stage-${stage}`).boundingBox()
  if (!from || !to) throw new Error('card or column not visible')
  await dragWithMouse(page, { x: from.x + 30, y: from.y + from.height / 2 }, { x: to.x + to.width / 2, y: to.y + to.height - 30 })
}

const gapList = (page: Page) => page.getByTestId('coverage-gaps').locator('li')

test('champions confirmed by drag close coverage gaps, and the journey gains a day', async ({ page, host, problems }) => {
  const today = format(new Date(), 'yyyy-MM-dd')
  await page.goto(host.url)
  await expect(page.getByLabel('Workshop title')).toHaveValue(/Sample/)
  // Someone selected on the map stays safe: Delete on the Network board is not about them.
  await page.getByTestId('unplaced-list').getByRole('button', { name: /Dr Wei Chen/ }).click()
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('button', { name: 'Network' }).click()
  await page.locator('[data-champion-id="ch-zoe"]').click()
  await page.keyboard.press('Delete')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled()

  const gaps = page.getByTestId('coverage-gaps')
  await expect(gaps).toHaveAttribute('data-gaps', '18')
  await expect(gapList(page).filter({ hasText: /^Therapies$/ })).toHaveCount(1)
  await expect(gapList(page).filter({ hasText: /^Pharmacy$/ })).toHaveCount(1)

  // Fatima (invited, Therapies) and Ravi (identified, Pharmacy) say yes: drag both to Confirmed.
  await dragCardTo(page, 'ch-fatima', 'confirmed')
  await expect(page.getByTestId('stage-confirmed').locator('[data-champion-id="ch-fatima"]')).toBeVisible()
  await expect(gaps).toHaveAttribute('data-gaps', '17')
  await expect(page.locator('[id^="DndLiveRegion"]')).toHaveText('Fatima Zahra El Amrani moved to Confirmed.')
  await dragCardTo(page, 'ch-ravi', 'confirmed')
  await expect(page.getByTestId('stage-confirmed').locator('[data-champion-id]')).toHaveCount(4)
  await expect(gaps).toHaveAttribute('data-gaps', '16')
  await expect(gapList(page).filter({ hasText: /^(Therapies|Pharmacy)$/ })).toHaveCount(0)
  await expect(page.getByTestId('coverage-table').locator('tr', { hasText: 'Pharmacy' })).toContainText('Ravi Shah')

  // One undo takes back the whole drag; redo brings it back.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByTestId('stage-identified').locator('[data-champion-id="ch-ravi"]')).toBeVisible()
  await expect(gaps).toHaveAttribute('data-gaps', '17')
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(gaps).toHaveAttribute('data-gaps', '16')

  // A new champion picked from the stakeholders starts as identified and does not close a gap.
  await page.getByLabel('Champion from the stakeholders').selectOption({ label: 'Tomasz Wiśniewski · Finance' })
  await page.getByRole('button', { name: 'Add', exact: true }).first().click()
  await expect(page.getByTestId('stage-identified')).toContainText('Tomasz Wiśniewski')
  await expect(page.getByTestId('champion-details').getByLabel('Name')).toHaveValue('Tomasz Wiśniewski')
  await expect(gaps).toHaveAttribute('data-gaps', '16')

  // The plan: a kick-off date, and feedback logged then marked acted on.
  await page.getByRole('navigation', { name: 'Network views' }).getByRole('button', { name: 'Plan and feedback' }).click()
  await page.getByLabel('Kick-off date').fill('2026-11-24')
  await page.getByLabel('Kick-off date').press('Enter')
  await page.getByLabel('Who said it').fill('Ravi Shah')
  await page.getByLabel('What they said').fill('Pharmacy needs its own login role.')
  await page.getByRole('button', { name: 'Log', exact: true }).click()
  const item = page.getByTestId('feedback-list').locator('li', { has: page.getByRole('textbox', { name: 'Feedback', exact: true }) }).first()
  await expect(item.getByRole('textbox', { name: 'Feedback', exact: true })).toHaveValue('Pharmacy needs its own login role.')
  await expect(page.getByTestId('feedback-open')).toHaveText('2 not acted on yet.')
  await item.getByRole('checkbox', { name: 'Acted on' }).check()
  await item.getByPlaceholder('What was done about it').fill('Asked IT for a pharmacy role.')
  await item.getByPlaceholder('What was done about it').press('Enter')
  await expect(page.getByTestId('feedback-open')).toHaveText('1 not acted on yet.')

  // The journey: add a big day and link someone to it.
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('button', { name: 'Journey' }).click()
  const form = page.getByRole('form', { name: 'New journey entry' })
  await form.getByLabel('Day', { exact: true }).fill('2026-11-12')
  await form.getByRole('button', { name: 'Big day' }).click()
  await form.getByLabel('What happened').fill('Therapies and Pharmacy join the network')
  await form.getByLabel('The story').fill('Two more units now have someone their colleagues trust to ask.')
  await form.getByLabel('Tags').fill('network, coverage')
  await form.getByRole('button', { name: 'Add to the journey' }).click()
  const timeline = page.getByTestId('journey-timeline')
  const titles = timeline.locator('.timeline-title')
  await expect(titles).toHaveText(['Kick-off workshop', 'Finance asks for ward-level savings', 'Champions meet for the first time', 'Therapies and Pharmacy join the network', 'A ward clerk finds a shortcut'])
  await page.getByTestId('journey-details').getByLabel('Find a stakeholder').fill('Fatima')
  await page.getByTestId('journey-details').getByRole('checkbox', { name: /Fatima/ }).check()
  await expect(timeline.locator('.timeline-entry', { hasText: 'Therapies and Pharmacy' })).toContainText('Fatima Zahra El Amrani')

  // Everything lands in the file on disk.
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved')
  const saved = JSON.parse(await readFile(join(host.workshopsDir, SAMPLE_FILE), 'utf8'))
  const champion = (id: string) => saved.network.champions.find((c: { id: string }) => c.id === id)
  expect(champion('ch-fatima')).toMatchObject({ stage: 'confirmed', stageDates: { invited: '2026-10-15', confirmed: today } })
  expect(champion('ch-ravi')).toMatchObject({ stage: 'confirmed', stageDates: { identified: '2026-10-20', confirmed: today } })
  expect(saved.network.champions.find((c: { name: string }) => c.name === 'Tomasz Wiśniewski')).toMatchObject({ stage: 'identified', stakeholderId: 'sh-tomasz' })
  expect(saved.stakeholders).toHaveLength(25)
  expect(saved.network.kickOffDate).toBe('2026-11-24')
  expect(saved.network.feedback.at(-1)).toMatchObject({ from: 'Ravi Shah', text: 'Pharmacy needs its own login role.', actedOn: true, action: 'Asked IT for a pharmacy role.' })
  const entry = saved.journey.find((e: { title: string }) => e.title === 'Therapies and Pharmacy join the network')
  expect(entry).toMatchObject({ date: '2026-11-12', size: 'big', tags: ['network', 'coverage'], stakeholderIds: ['sh-fatima'] })

  // Everything for participants, from the app's Export dialog: every PDF reads back, and the roster tells today's story.
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await dialog.getByLabel(/^Everything for participants/).check()
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(dialog.getByRole('status')).toContainText('files written', { timeout: 60_000 })
  const out = join(host.userDataDir, 'Exports')
  const folder = (await readdir(out)).find((f) => f.endsWith(' - for participants'))
  expect(folder).toBeDefined()
  const written = await readdir(join(out, folder ?? ''))
  expect(written).toEqual(expect.arrayContaining(['1 Workshop summary.pdf', '2 Engagement plan.pdf', '4 Change network roster.pdf', '5 Stakeholder register.csv']))
  const pdfs = written.filter((f) => f.endsWith('.pdf'))
  expect(pdfs.some((f) => f.startsWith('3 Commitment'))).toBe(true)
  const texts = Object.fromEntries(await Promise.all(pdfs.map(async (f) => [f, (await pdfText(join(out, folder ?? '', f))).replace(/\s+/g, ' ')] as const)))
  for (const f of pdfs) expect(texts[f]?.length, `${f} has text`).toBeGreaterThan(200)
  const roster = texts['4 Change network roster.pdf'] ?? ''
  expect(roster).toContain('16 units have no confirmed champion yet')
  expect(roster).toContain('Fatima Zahra El Amrani')
  expect(roster).toContain('Tomasz Wiśniewski')
  const gapSentence = roster.slice(roster.indexOf('no confirmed champion yet'), roster.indexOf('.', roster.indexOf('no confirmed champion yet')))
  expect(gapSentence).toContain('Finance')
  expect(gapSentence).not.toMatch(/Pharmacy|Therapies/)
  expect(texts['2 Engagement plan.pdf']).toContain('Zoë Adeyemi')
  expect(problems).toEqual([])
})

test('in a blank workshop, keyboard alone adds a champion with a new unit and confirms them', async ({ page, host, problems }) => {
  await page.goto(host.url)
  await expect(page.getByLabel('Workshop title')).toHaveValue(/Sample/)
  await page.getByRole('button', { name: '← Workshops' }).click()
  await page.getByRole('button', { name: 'New blank workshop' }).click()
  await page.getByLabel('Title').fill('Catering pilot')
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByLabel('Workshop title')).toHaveValue('Catering pilot')
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('button', { name: 'Network' }).click()
  const gaps = page.getByTestId('coverage-gaps')
  await expect(gaps).toContainText('No business units yet')

  await page.getByLabel('Or someone new').fill('Αλέξης Παπαδόπουλος')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Catering')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('stage-identified')).toContainText('Αλέξης Παπαδόπουλος')
  await expect(gaps).toHaveAttribute('data-gaps', '1')
  await expect(gaps.locator('li')).toHaveText(['Catering'])

  // The details panel opens on the new champion; its stage buttons move them without a mouse.
  const details = page.getByTestId('champion-details')
  await details.getByRole('button', { name: 'Confirmed' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('stage-confirmed')).toContainText('Αλέξης Παπαδόπουλος')
  await expect(gaps).toContainText('Every business unit has a confirmed champion')
  await page.keyboard.press('Control+z')
  await expect(gaps).toHaveAttribute('data-gaps', '1')
  expect(problems).toEqual([])
})
