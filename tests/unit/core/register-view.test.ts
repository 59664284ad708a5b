import { describe, expect, it } from 'vitest'
import { addNote, removeNote, setDesiredPosition } from '../../../src/core/register/register-edits'
import { NO_FILTER, filterRegister, registerFacets, sortRegister } from '../../../src/core/register/register-view'
import { createBlankWorkshop } from '../../../src/core/workshop/new-workshop'
import { workshopSchema } from '../../../src/core/workshop/schema'
import { addStakeholder, createStakeholder } from '../../../src/core/workshop/stakeholder-edits'

const NOW = new Date('2026-10-06T10:00:00.000Z')
const people = [
  createStakeholder({ name: 'Zoë Adeyemi', unit: 'Nursing', attitude: 'champion', position: { interest: 88, influence: 35 }, tags: ['wards'] }, 'a', NOW),
  createStakeholder({ name: 'anna Berg', unit: 'Finance', role: 'CFO', attitude: 'blocker', position: { interest: 70, influence: 80 } }, 'b', NOW),
  createStakeholder({ name: 'Émile Roux', unit: '', attitude: 'neutral', tags: ['wards', 'night'] }, 'c', NOW),
  createStakeholder({ name: 'Bo Ek', unit: 'Nursing', role: 'Charge nurse', attitude: 'sceptic', position: { interest: 10, influence: 90 } }, 'd', NOW),
]
const names = (list: { name: string }[]) => list.map((s) => s.name)

describe('filterRegister', () => {
  it('filters by quadrant, including people not on the map', () => {
    expect(names(filterRegister(people, { ...NO_FILTER, quadrant: 'change-makers' }))).toEqual(['anna Berg'])
    expect(names(filterRegister(people, { ...NO_FILTER, quadrant: 'change-adopters' }))).toEqual(['Zoë Adeyemi'])
    expect(names(filterRegister(people, { ...NO_FILTER, quadrant: 'unplaced' }))).toEqual(['Émile Roux'])
  })

  it('filters by unit (the empty unit too), attitude and tag, all at once', () => {
    expect(names(filterRegister(people, { ...NO_FILTER, unit: 'Nursing' }))).toEqual(['Zoë Adeyemi', 'Bo Ek'])
    expect(names(filterRegister(people, { ...NO_FILTER, unit: '' }))).toEqual(['Émile Roux'])
    expect(names(filterRegister(people, { ...NO_FILTER, tag: 'wards', attitude: 'neutral' }))).toEqual(['Émile Roux'])
  })

  it('searches every word across name, role, unit and tags, ignoring case and accents', () => {
    expect(names(filterRegister(people, { ...NO_FILTER, search: 'emile' }))).toEqual(['Émile Roux'])
    expect(names(filterRegister(people, { ...NO_FILTER, search: 'nurse nursing' }))).toEqual(['Bo Ek'])
    expect(names(filterRegister(people, { ...NO_FILTER, search: 'nobody' }))).toEqual([])
  })
})

describe('sortRegister', () => {
  it('sorts names ignoring case and accents, either way', () => {
    expect(names(sortRegister(people, 'name', 'asc'))).toEqual(['anna Berg', 'Bo Ek', 'Émile Roux', 'Zoë Adeyemi'])
    expect(names(sortRegister(people, 'name', 'desc'))).toEqual(['Zoë Adeyemi', 'Émile Roux', 'Bo Ek', 'anna Berg'])
  })

  it('keeps empty values last and orders quadrants and attitudes in their own order', () => {
    expect(names(sortRegister(people, 'role', 'asc'))).toEqual(['anna Berg', 'Bo Ek', 'Zoë Adeyemi', 'Émile Roux'])
    expect(names(sortRegister(people, 'role', 'desc')).slice(-2)).toEqual(['Zoë Adeyemi', 'Émile Roux'])
    expect(names(sortRegister(people, 'quadrant', 'asc'))).toEqual(['anna Berg', 'Bo Ek', 'Zoë Adeyemi', 'Émile Roux'])
    expect(names(sortRegister(people, 'attitude', 'asc'))).toEqual(['Zoë Adeyemi', 'Émile Roux', 'Bo Ek', 'anna Berg'])
  })

  it('lists the units and tags in use for the filter menus', () => {
    expect(registerFacets(people)).toEqual({ units: ['', 'Finance', 'Nursing'], tags: ['night', 'wards'] })
  })
})

describe('register edits', () => {
  const workshop = people.reduce(addStakeholder, createBlankWorkshop({ title: 'Edits' }, 'ws', NOW))

  it('adds and removes dated notes, keeping the workshop valid', () => {
    const withNote = addNote(workshop, 'b', { id: 'n1', date: '2026-10-01', kind: 'concern', text: '  Budget overrun  ' })
    expect(withNote.stakeholders[1]?.notes).toEqual([{ id: 'n1', date: '2026-10-01', kind: 'concern', text: 'Budget overrun' }])
    expect(workshopSchema.safeParse(withNote).success).toBe(true)
    expect(removeNote(withNote, 'b', 'n1').stakeholders[1]?.notes).toEqual([])
    expect(addNote(workshop, 'b', { id: 'n2', date: '2026-10-01', kind: 'note', text: '   ' })).toBe(workshop)
    expect(addNote(workshop, 'nobody', { id: 'n3', date: '2026-10-01', kind: 'note', text: 'x' })).toBe(workshop)
  })

  it('sets a desired position inside the map and clears it', () => {
    const desired = setDesiredPosition(workshop, 'c', { interest: 140, influence: -5 })
    expect(desired.stakeholders[2]?.desired).toEqual({ interest: 100, influence: 0 })
    expect(setDesiredPosition(desired, 'c', null).stakeholders[2]?.desired).toBeNull()
  })
})
