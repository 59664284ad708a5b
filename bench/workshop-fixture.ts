import { QUADRANT_IDS } from '../src/core/map/quadrant'
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, type Activity } from '../src/core/plan/schema'
import { ATTITUDES } from '../src/core/workshop/attitude'
import { IDENTIFICATION_QUESTION_IDS } from '../src/core/workshop/identification'
import { emptySections } from '../src/core/workshop/sections'
import { CURRENT_SCHEMA_VERSION, type Stakeholder, type WorkshopFile } from '../src/core/workshop/schema'

const FIRST = ['Amara', 'Søren', 'Wei', 'Lucía', 'Kofi', 'Ingrid', 'Dmitri', 'Aiko', 'Fatima', 'Olu', 'Zoë', 'Mateus', 'Ελένη', 'Ярослав', 'Priya', 'Jonas']
const LAST = ['Okafor', 'Madsen', 'Chen', 'García', 'Mensah', 'Lindqvist', 'Petrov', 'Tanaka', 'Haddad', 'Adeyemi', 'Brennan', 'Silva', 'Παπαδάκη', 'Коваленко', 'Raman', 'Weber']
const UNITS = ['Executive Board', 'Emergency Department', 'Finance', 'IT Services', 'Nursing', 'Pharmacy', 'Works Council', 'Radiology']
const ROLES = ['Head of unit', 'Ward nurse', 'Consultant', 'Analyst', 'Team lead', 'Union representative', 'Project manager']

/** A small, seeded random source, so every run measures the same workshop. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Where the bench puts the last stakeholder, the one it drags: drawn on top of all the others. */
export const DRAGGED_POSITION = { interest: 30, influence: 30 } as const

/**
 * A valid workshop with `count` stakeholders, every one of them on the map, with a role, unit,
 * owner, tags and a note each, in several scripts, like a big real workshop; every tenth has a
 * desired position, and the plan holds `activities` activities. Generated at run time.
 */
export function generateWorkshop(count: number, seed = 7, activities = 0): WorkshopFile {
  const random = seeded(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  const stamp = '2026-10-06T09:00:00.000Z'
  const stakeholders: Stakeholder[] = Array.from({ length: count }, (_, i) => ({
    id: `bench-${i}`,
    name: `${pick(FIRST)} ${pick(LAST)} ${i + 1}`,
    kind: i % 9 === 0 ? 'group' : 'person',
    role: pick(ROLES),
    unit: pick(UNITS),
    position:
      i === count - 1
        ? { ...DRAGGED_POSITION }
        : { interest: Math.round((2 + random() * 96) * 10) / 10, influence: Math.round((2 + random() * 96) * 10) / 10 },
    desired: i % 10 === 5 ? { interest: Math.round(random() * 100), influence: Math.round(random() * 100) } : null,
    attitude: pick(ATTITUDES),
    notes: [{ id: `bench-note-${i}`, date: '2026-10-06', kind: 'concern', text: 'Worried about the go-live weekend and who covers the night shift.' }],
    owner: pick(FIRST),
    tags: [pick(UNITS).toLowerCase().split(' ')[0] ?? 'unit'],
    surfacedBy: pick(IDENTIFICATION_QUESTION_IDS),
    createdAt: stamp,
  }))
  const sections = emptySections()
  sections.plan.activities = Array.from({ length: activities }, (_, i): Activity => {
    const start = 1 + (i % 28)
    return {
      id: `bench-activity-${i}`,
      title: `${pick(['Ward walk-through', 'Pilot review', 'Training block', 'Sponsor briefing', 'Town hall'])} ${i + 1}`,
      type: ACTIVITY_TYPES[i % (ACTIVITY_TYPES.length - 1)] as Activity['type'],
      customType: '',
      quadrants: [QUADRANT_IDS[i % QUADRANT_IDS.length] as Activity['quadrants'][number]],
      stakeholderIds: [`bench-${(i * 13) % count}`],
      owner: pick(FIRST),
      cadence: pick(['weekly', 'monthly', 'once']),
      channel: pick(['in person', 'video call', 'intranet']),
      startDate: `2026-11-${String(start).padStart(2, '0')}`,
      dueDate: i % 3 === 0 ? null : `2026-12-${String(start).padStart(2, '0')}`,
      status: ACTIVITY_STATUSES[i % ACTIVITY_STATUSES.length] as Activity['status'],
      notes: '',
    }
  })
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: `bench-${count}`,
    title: `Bench ${count} stakeholders`,
    organisation: 'Bench Health',
    initiative: 'A generated workshop for the benchmarks.',
    facilitator: 'Bench',
    language: 'en',
    startDate: '2026-10-06',
    createdAt: stamp,
    updatedAt: stamp,
    stakeholders,
    ...sections,
    revision: 0,
  }
}
