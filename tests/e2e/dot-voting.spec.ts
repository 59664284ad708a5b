import { readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const SAMPLE_FILE = 'Sample - Northwind Health goes paperless.json'
const DOCS = resolve(import.meta.dirname, '..', '..', 'docs')

async function enterDots(page: Page, participant: string, dots: Record<string, number>) {
  await page.getByLabel('Add a participant').fill(participant)
  await page.keyboard.press('Enter')
  const ballot = page.getByTestId('ballot')
  await expect(ballot).toContainText(`Dots of ${participant}`)
  for (const [option, count] of Object.entries(dots)) {
    for (let i = 0; i < count; i++) await ballot.getByRole('button', { name: `One more dot on ${option}` }).click()
  }
  await ballot.getByRole('button', { name: 'Done: hide these dots' }).click()
  await expect(ballot).toHaveCount(0)
}

const savedVotes = async (workshopsDir: string) => JSON.parse(await readFile(join(workshopsDir, SAMPLE_FILE), 'utf8')).votes

test('a dot vote keeps its tallies hidden until the facilitator reveals them, and the result stays in the workshop', async ({ page, host, problems }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(host.url)
  await expect(page.getByTestId('map-mirror').locator('li')).toHaveCount(23)
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('button', { name: 'Votes' }).click()

  // Open a vote on the people of the map, two dots each.
  await expect(page.getByLabel('Question')).toHaveValue('Who do we engage first?')
  await page.getByLabel('Dots per person').fill('2')
  await page.getByRole('button', { name: 'Open the vote' }).click()
  await expect(page.getByRole('spinbutton', { name: 'dots each' })).toHaveValue('2')

  await enterDots(page, 'Ana', { 'Søren Madsen': 2 })
  await enterDots(page, 'Ben', { 'Priya Raman': 1, 'Søren Madsen': 1 })
  await page.getByLabel('Add a participant').fill('Chidi')
  await page.keyboard.press('Enter')
  const ballot = page.getByTestId('ballot')
  await ballot.getByRole('button', { name: 'One more dot on Priya Raman' }).click()
  await ballot.getByRole('button', { name: 'One more dot on Priya Raman' }).click()
  // Two dots each: the third is refused.
  await expect(page.getByTestId('dots-left')).toHaveText('0')
  await expect(ballot.getByRole('button', { name: 'One more dot on Zoë Adeyemi' })).toBeDisabled()
  await ballot.getByRole('button', { name: 'One dot fewer on Priya Raman' }).click()
  await ballot.getByRole('button', { name: 'Done: hide these dots' }).click()

  // Hidden: counts of dots placed, never where they went.
  const hidden = page.getByTestId('results-hidden')
  await expect(hidden).toContainText('5 dots placed by 3 people; still to vote: Chidi.')
  await expect(page.getByTestId('vote-results')).toHaveCount(0)
  await expect(page.getByTestId('vote-detail')).not.toContainText('Søren Madsen')
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved')
  const [stored] = await savedVotes(host.workshopsDir)
  expect(stored.revealed).toBe(false)
  expect(stored.participants.map((p: { name: string }) => p.name)).toEqual(['Ana', 'Ben', 'Chidi'])

  // Reveal from the command palette, the same action a button would run.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('reveal tallies')
  await page.keyboard.press('Enter')
  const results = page.getByTestId('vote-results').locator('li')
  await expect(results.nth(0)).toContainText('Søren Madsen')
  await expect(results.nth(0)).toContainText('3 dots')
  await expect(results.nth(0)).toContainText('2 people')
  await expect(results.nth(1)).toContainText('Priya Raman')
  await expect(results.nth(1)).toContainText('2 dots')
  await expect(results).toHaveCount(2)
  await expect(page.getByTestId('results-none')).toContainText('Zoë Adeyemi')
  if (process.env.SCREENSHOTS === '1') {
    await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved')
    const path = join(DOCS, 'dot-vote-revealed.png')
    await page.screenshot({ path })
    expect((await stat(path)).size).toBeLessThan(300 * 1024)
  }

  // Undo hides them again; redo reveals.
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('results-hidden')).toBeVisible()
  await page.keyboard.press('Control+Shift+z')
  await expect(results.nth(0)).toContainText('Søren Madsen')

  // Closed, the result is kept in the file and comes back after a reload.
  await page.getByRole('button', { name: 'Close the vote' }).click()
  await expect(page.getByLabel('Add a participant')).toHaveCount(0)
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved')
  const [closed] = await savedVotes(host.workshopsDir)
  expect(closed.revealed).toBe(true)
  expect(closed.closedAt).not.toBeNull()
  await page.reload()
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('button', { name: 'Votes' }).click()
  await expect(page.getByTestId('vote-results').locator('li').nth(0)).toContainText('Søren Madsen')
  await expect(page.getByRole('button', { name: 'Reopen the vote' })).toBeVisible()

  // On the projector, D puts the revealed dots by the people's names.
  await page.keyboard.press('F5')
  await expect(page.getByTestId('presentation')).toBeVisible()
  const badges = () =>
    page.evaluate(() => {
      const konva = (window as unknown as { Konva: { stages: Array<{ find(s: string): Array<{ text(): string }> }> } }).Konva
      return konva.stages.flatMap((stage) => stage.find('.vote-dots')).map((t) => t.text())
    })
  expect(await badges()).toEqual([])
  await page.keyboard.press('d')
  await expect(page.getByRole('button', { name: 'Vote dots' })).toHaveAttribute('aria-pressed', 'true')
  await expect.poll(badges).toEqual(['3', '2'])
  expect(problems).toEqual([])
})
