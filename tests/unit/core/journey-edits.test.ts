import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  addJourneyEntry,
  createJourneyEntry,
  journeyTimeline,
  parseTags,
  removeJourneyEntry,
  timelineByMonth,
  toggleJourneyStakeholder,
  updateJourneyEntry,
} from '../../../src/core/journey/journey-edits'
import { workshopSchema } from '../../../src/core/workshop/schema'
import { readWorkshopJson } from '../../../src/core/workshop/workshop-json'

const loaded = readWorkshopJson(readFileSync(new URL('../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
if (!loaded.ok) throw new Error(loaded.error.message)
const { revision: _revision, ...sample } = loaded.value
const entry = (w: typeof sample, id: string) => w.journey.find((e) => e.id === id)

describe('journey log', () => {
  it('adds a dated entry with tidy tags and linked people', () => {
    const made = createJourneyEntry({ date: '2026-11-30', title: '  First ward goes live ', size: 'big', tags: [' go-live', 'Go-Live', '', 'ward 7'], stakeholderIds: ['sh-zoe', 'sh-zoe'] }, 'jr-5')
    const added = addJourneyEntry(sample, made)
    expect(entry(added, 'jr-5')).toEqual({ id: 'jr-5', date: '2026-11-30', size: 'big', title: 'First ward goes live', story: '', tags: ['go-live', 'ward 7'], stakeholderIds: ['sh-zoe'] })
    expect(workshopSchema.safeParse(added).success).toBe(true)
    expect(addJourneyEntry(sample, createJourneyEntry({ date: '2026-11-30', title: ' ' }, 'jr-6'))).toBe(sample)
    expect(addJourneyEntry(added, createJourneyEntry({ date: '2026-11-30', title: 'Again' }, 'jr-5'))).toBe(added)
  })

  it('parses a typed line of tags and cuts overlong ones', () => {
    expect(parseTags('finance, , Finance, pilot wards ')).toEqual(['finance', 'pilot wards'])
    expect(parseTags('x'.repeat(80))[0]).toHaveLength(50)
  })

  it('updates, links and unlinks people, and removes', () => {
    const updated = updateJourneyEntry(sample, 'jr-2', { size: 'big', story: 'He signed off the pilot budget.', tags: ['finance', 'finance', 'budget'] })
    expect(entry(updated, 'jr-2')).toMatchObject({ size: 'big', story: 'He signed off the pilot budget.', tags: ['finance', 'budget'] })
    expect(updateJourneyEntry(sample, 'jr-2', { title: '' })).toBe(sample)
    const linked = toggleJourneyStakeholder(sample, 'jr-2', 'sh-zoe')
    expect(entry(linked, 'jr-2')?.stakeholderIds).toEqual(['sh-tomasz', 'sh-zoe'])
    expect(entry(toggleJourneyStakeholder(linked, 'jr-2', 'sh-tomasz'), 'jr-2')?.stakeholderIds).toEqual(['sh-zoe'])
    expect(toggleJourneyStakeholder(sample, 'jr-2', 'nobody')).toBe(sample)
    expect(removeJourneyEntry(sample, 'jr-2').journey.map((e) => e.id)).toEqual(['jr-1', 'jr-3', 'jr-4'])
  })

  it('orders the timeline by day, keeping entries of one day in the order written, and groups months', () => {
    const late = addJourneyEntry(sample, createJourneyEntry({ date: '2026-10-01', title: 'Before it all' }, 'jr-0'))
    const sameDay = addJourneyEntry(late, createJourneyEntry({ date: '2026-10-14', title: 'Same day, later' }, 'jr-2b'))
    expect(journeyTimeline(sameDay.journey).map((e) => e.id)).toEqual(['jr-0', 'jr-1', 'jr-2', 'jr-2b', 'jr-3', 'jr-4'])
    expect(sameDay.journey.map((e) => e.id)[0]).toBe('jr-1')
    expect(timelineByMonth(sameDay.journey).map((m) => [m.month, m.entries.length])).toEqual([
      ['2026-10', 4],
      ['2026-11', 2],
    ])
  })
})
