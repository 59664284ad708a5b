import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LEADER_LEVEL_CATALOG, MENTORING_STATUSES, MENTORING_STATUS_CATALOG, TACTIC_CATALOG, WORK_STATUS_CATALOG } from '../../../../src/core/leaders/catalog'
import {
  addMentoring,
  addMentoringLog,
  addTactic,
  createMentoring,
  createTactic,
  leaderOf,
  removeMentoring,
  removeMentoringLog,
  removeTactic,
  setLeaderLevel,
  tacticCell,
  unmarkLeader,
  updateMentoring,
  updateTactic,
} from '../../../../src/core/leaders/leader-edits'
import { LEADER_LEVELS, LEADER_TACTICS, WORK_STATUSES, mentoringSchema } from '../../../../src/core/leaders/schema'
import { workshopSchema } from '../../../../src/core/workshop/schema'
import { readWorkshopJson } from '../../../../src/core/workshop/workshop-json'

const loaded = readWorkshopJson(readFileSync(new URL('../../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
if (!loaded.ok) throw new Error(loaded.error.message)
const { revision: _revision, ...sample } = loaded.value

describe('leaders catalog', () => {
  it('labels and describes every tactic, level and status, each description one line', () => {
    const entries = [
      ...LEADER_TACTICS.map((t) => TACTIC_CATALOG[t]),
      ...LEADER_LEVELS.map((l) => LEADER_LEVEL_CATALOG[l]),
      ...WORK_STATUSES.map((s) => WORK_STATUS_CATALOG[s]),
      ...MENTORING_STATUSES.map((s) => MENTORING_STATUS_CATALOG[s]),
    ]
    for (const entry of entries) {
      expect(entry.label.trim()).not.toBe('')
      expect(entry.description).toMatch(/^[^\n]+\.$/)
    }
    expect(new Set(LEADER_TACTICS.map((t) => TACTIC_CATALOG[t].label)).size).toBe(LEADER_TACTICS.length)
    expect(Object.keys(TACTIC_CATALOG)).toEqual([...LEADER_TACTICS])
  })

  it('lists every mentoring status the schema accepts', () => {
    for (const status of MENTORING_STATUSES) expect(mentoringSchema.shape.status.safeParse(status).success).toBe(true)
    expect(mentoringSchema.shape.status.options).toEqual([...MENTORING_STATUSES])
  })
})

describe('leader edits', () => {
  it('marks a stakeholder as a leader, changes the level, and refuses unknown people', () => {
    const marked = setLeaderLevel(sample, 'sh-henrik', 'mid-level')
    expect(leaderOf(marked, 'sh-henrik')).toEqual({ stakeholderId: 'sh-henrik', level: 'mid-level', tactics: [] })
    expect(leaderOf(setLeaderLevel(marked, 'sh-henrik', 'executive'), 'sh-henrik')?.level).toBe('executive')
    expect(setLeaderLevel(sample, 'nobody', 'executive')).toBe(sample)
    expect(setLeaderLevel(sample, 'sh-margaret', 'executive')).toBe(sample)
    expect(leaderOf(sample, 'sh-henrik')).toBeUndefined()
    expect(workshopSchema.safeParse(marked).success).toBe(true)
  })

  it('unmarking a leader drops their tactics and mentoring but keeps their place on commitments', () => {
    const unmarked = unmarkLeader(sample, 'sh-margaret')
    expect(leaderOf(unmarked, 'sh-margaret')).toBeUndefined()
    expect(unmarked.leadership.mentoring.some((m) => m.leaderId === 'sh-margaret')).toBe(false)
    expect(unmarked.leadership.commitments[0]?.signatories.map((s) => s.stakeholderId)).toContain('sh-margaret')
    expect(unmarkLeader(sample, 'sh-henrik')).toBe(sample)
  })

  it('adds, updates and removes a tactic with owner, date and status', () => {
    const added = addTactic(sample, 'sh-amara', createTactic('briefing-kit', 'lt-new', '  Liam Byrne '))
    expect(leaderOf(added, 'sh-amara')?.tactics.at(-1)).toEqual({ id: 'lt-new', tactic: 'briefing-kit', owner: 'Liam Byrne', date: null, status: 'planned' })
    const updated = updateTactic(added, 'sh-amara', 'lt-new', { date: '2027-02-01', status: 'in-progress' })
    expect(leaderOf(updated, 'sh-amara')?.tactics.at(-1)).toMatchObject({ date: '2027-02-01', status: 'in-progress', owner: 'Liam Byrne' })
    expect(workshopSchema.safeParse(updated).success).toBe(true)
    expect(leaderOf(removeTactic(updated, 'sh-amara', 'lt-new'), 'sh-amara')?.tactics).toHaveLength(1)
    expect(removeTactic(sample, 'sh-amara', 'nothing')).toBe(sample)
    expect(addTactic(sample, 'sh-henrik', createTactic('recognition', 'x'))).toBe(sample)
    expect(updateTactic(sample, 'sh-amara', 'lt-amara-1', { status: 'planned' })).toBe(sample)
  })

  it('fills the matrix cell with the least advanced status of a tactic', () => {
    const margaret = leaderOf(sample, 'sh-margaret')
    if (!margaret) throw new Error('sample lost Margaret')
    expect(tacticCell(margaret, 'accountability-goal').status).toBe('done')
    expect(tacticCell(margaret, 'office-hours')).toEqual({ entries: [], status: null })
    const twice = addTactic(sample, 'sh-margaret', { ...createTactic('accountability-goal', 'lt-2'), status: 'in-progress' })
    const again = leaderOf(twice, 'sh-margaret')
    expect(again && tacticCell(again, 'accountability-goal')).toMatchObject({ status: 'in-progress' })
    expect(again && tacticCell(again, 'accountability-goal').entries).toHaveLength(2)
  })

  it('pairs a mentor with a leader, edits and logs the pairing in date order', () => {
    const pair = createMentoring('mp-1', 'sh-soren', { stakeholderId: null, name: ' Ana Silva ' })
    const paired = addMentoring(sample, pair)
    expect(paired.leadership.mentoring.at(-1)).toMatchObject({ mentorName: 'Ana Silva', status: 'proposed', log: [] })
    expect(addMentoring(sample, { ...pair, leaderId: 'sh-henrik' })).toBe(sample)
    const edited = updateMentoring(paired, 'mp-1', { focus: 'Dashboards', cadence: 'Weekly', status: 'active' })
    const logged = addMentoringLog(
      addMentoringLog(addMentoringLog(edited, 'mp-1', { id: 'l1', date: '2026-12-10', text: 'Second' }), 'mp-1', { id: 'l2', date: '2026-12-01', text: ' First ' }),
      'mp-1',
      { id: 'l3', date: '2026-12-10', text: 'Third' },
    )
    const log = logged.leadership.mentoring.at(-1)?.log ?? []
    expect(log.map((e) => e.text)).toEqual(['First', 'Second', 'Third'])
    expect(addMentoringLog(edited, 'mp-1', { id: 'l4', date: '2026-12-10', text: '   ' })).toBe(edited)
    expect(workshopSchema.safeParse(logged).success).toBe(true)
    expect(removeMentoringLog(logged, 'mp-1', 'l2').leadership.mentoring.at(-1)?.log.map((e) => e.id)).toEqual(['l1', 'l3'])
    expect(removeMentoring(logged, 'mp-1').leadership.mentoring).toEqual(sample.leadership.mentoring)
    expect(removeMentoring(sample, 'nope')).toBe(sample)
  })
})
