import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './fixtures'

test('mark a leader, give them tactics, follow them in the matrix and pair them with a mentor', async ({ page, host, problems }) => {
  await page.goto(host.url)
  await expect(page.getByLabel('Workshop title')).toHaveValue(/Sample/)
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('button', { name: 'Leaders' }).click()
  const views = page.getByRole('navigation', { name: 'Leaders views' })

  // Henrik becomes a mid-level leader, then an executive.
  await page.getByLabel('Mark a stakeholder as a leader').selectOption({ label: 'Henrik Lindqvist — Chief Information Officer' })
  await page.getByRole('button', { name: 'As mid-level' }).click()
  const henrik = page.locator('[data-leader="sh-henrik"]')
  await expect(henrik.getByRole('button', { name: 'Mid-level' })).toHaveAttribute('aria-pressed', 'true')
  await henrik.getByRole('button', { name: 'Executive' }).click()
  await expect(henrik.getByRole('button', { name: 'Executive' })).toHaveAttribute('aria-pressed', 'true')

  // A tactic from the catalog with owner, date and status.
  await henrik.getByLabel('Add a tactic for Henrik Lindqvist').selectOption({ label: 'Office hours' })
  await henrik.getByLabel('Owner of Office hours').fill('Liam Byrne')
  await henrik.getByLabel('Owner of Office hours').press('Enter')
  await henrik.getByLabel('Date of Office hours').fill('2027-01-15')
  await henrik.getByLabel('Status of Office hours').selectOption('in-progress')

  // The matrix shows it; a click on an empty cell takes a tactic on, a click on a full one moves it on.
  await views.getByRole('button', { name: 'Overview' }).click()
  await expect(page.getByRole('button', { name: 'Henrik Lindqvist: Office hours is in progress; mark done' })).toBeVisible()
  await page.getByRole('button', { name: 'Henrik Lindqvist: Office hours is in progress; mark done' }).click()
  await page.getByRole('button', { name: 'Henrik Lindqvist: take on Briefing kit' }).click()
  await expect(page.getByRole('button', { name: 'Henrik Lindqvist: Briefing kit is planned; mark in progress' })).toBeVisible()
  // Each click was one undo step.
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Henrik Lindqvist: take on Briefing kit' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Henrik Lindqvist: Office hours is done; mark planned' })).toBeVisible()

  // Reverse mentoring: a stakeholder as mentor, a focus, a cadence, a status and a log entry.
  await views.getByRole('button', { name: 'Reverse mentoring' }).click()
  const newPair = page.getByRole('form', { name: 'New mentoring pair' })
  await newPair.getByLabel('Leader').selectOption({ label: 'Henrik Lindqvist' })
  await newPair.getByLabel('Mentor').fill('Kateřina Nováková')
  await newPair.getByRole('button', { name: 'Pair them' }).click()
  const pair = page.getByRole('region', { name: 'Kateřina Nováková mentors Henrik Lindqvist' })
  await pair.getByLabel('Focus').fill('Running the weekly IT review from the shared dashboard')
  await pair.getByLabel('Cadence').click()
  await pair.getByLabel('Cadence').fill('Weekly, Tuesday mornings')
  await pair.getByLabel('Cadence').press('Enter')
  await pair.getByRole('button', { name: 'Active' }).click()
  await pair.getByLabel('Date of the log entry').fill('2026-12-08')
  await pair.getByLabel('What happened').fill('Built the first dashboard together.')
  await pair.getByLabel('What happened').press('Enter')
  await expect(pair.locator('.pair-log li')).toHaveText(/8 Dec 2026\s*Built the first dashboard together\./)

  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-state', 'saved')
  const [file] = (await readdir(host.workshopsDir)).filter((f) => f.endsWith('.json'))
  const saved = JSON.parse(await readFile(join(host.workshopsDir, file ?? ''), 'utf8'))
  const leader = saved.leadership.leaders.find((l: { stakeholderId: string }) => l.stakeholderId === 'sh-henrik')
  expect(leader.level).toBe('executive')
  expect(leader.tactics).toEqual([expect.objectContaining({ tactic: 'office-hours', owner: 'Liam Byrne', date: '2027-01-15', status: 'done' })])
  const mentoring = saved.leadership.mentoring.find((m: { leaderId: string }) => m.leaderId === 'sh-henrik')
  expect(mentoring).toMatchObject({
    mentorStakeholderId: 'sh-katerina',
    mentorName: 'Kateřina Nováková',
    focus: 'Running the weekly IT review from the shared dashboard',
    cadence: 'Weekly, Tuesday mornings',
    status: 'active',
    log: [expect.objectContaining({ date: '2026-12-08', text: 'Built the first dashboard together.' })],
  })
  expect(problems).toEqual([])
})
