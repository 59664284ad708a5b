import { describe, expect, it } from 'vitest'
import { guessColumnFields } from '../../../src/core/import/import-fields'
import { assignField, columnLetter, guessMapping, setHeaderRow } from '../../../src/core/import/import-mapping'
import { buildImportPlan } from '../../../src/core/import/import-plan'
import { rowsFromPastedText } from '../../../src/core/import/paste'
import { detectScale, toScore } from '../../../src/core/import/scales'
import { createBlankWorkshop } from '../../../src/core/workshop/new-workshop'

describe('guessColumnFields', () => {
  it.each([
    [['Name', 'Role', 'Unit'], ['name', 'role', 'unit']],
    [['Full Name', 'Title', 'Business Unit', 'Power', 'Interest'], ['name', 'role', 'unit', 'influence', 'interest']],
    [['Stakeholder', 'Position', 'Dept.', 'Level of influence (1-5)', 'Impact on them', 'Attitude to change'], ['name', 'role', 'unit', 'influence', 'interest', 'attitude']],
    [['Vorname', 'Nachname', 'Abteilung', 'Einfluss', 'Haltung'], ['firstName', 'lastName', 'unit', 'influence', 'attitude']],
    [['Nom', 'Fonction', 'Service', 'Intérêt'], ['name', 'role', 'unit', 'interest']],
    [['Name', 'First name', 'Sentiment', 'Notes', 'Colour'], ['name', null, 'attitude', 'notes', null]],
    [['Name', 'Name', 'Department'], ['name', null, 'unit']],
  ])('%j → %j', (headers, expected) => {
    expect(guessColumnFields(headers)).toEqual(expected)
  })
})

describe('guessMapping', () => {
  it('treats a first row without any known header as a person, with names first', () => {
    const rows = [
      ['Anna Berg', 'CFO', '4'],
      ['Bo Ek', 'Nurse', '2'],
    ]
    const mapping = guessMapping(rows)
    expect(mapping.headerRow).toBe(false)
    expect(mapping.columns).toEqual(['name', 'role', null])
    const plan = buildImportPlan(rows, mapping, createBlankWorkshop({ title: 't' }, 'w', new Date()), { duplicates: 'merge', today: '2026-10-06' })
    expect(plan.counts.add).toBe(2)
  })

  it('re-detects the scale when a column is given a score field, and moves a field off its old column', () => {
    const rows = [
      ['Name', 'A', 'B'],
      ['x', '7', 'High'],
    ]
    let mapping = guessMapping(rows)
    expect(mapping.columns).toEqual(['name', null, null])
    mapping = assignField(rows, mapping, 1, 'influence')
    expect(mapping.influenceScale).toBe('1-10')
    mapping = assignField(rows, mapping, 2, 'influence')
    expect(mapping.columns).toEqual(['name', null, 'influence'])
    expect(mapping.influenceScale).toBe('words')
    expect(setHeaderRow(rows, mapping, false).columns[0]).toBe('name')
  })

  it('blocks the import until some column holds names', () => {
    const rows = [['Influence'], ['4']]
    const plan = buildImportPlan(rows, guessMapping(rows), createBlankWorkshop({ title: 't' }, 'w', new Date()), { duplicates: 'merge', today: '2026-10-06' })
    expect(plan.blocked).toBe('Choose the column that holds the names.')
  })

  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA'])
  })
})

describe('scales', () => {
  it.each([
    [['1', '2', '5'], '1-5'],
    [['0', '3', '5'], '0-5'],
    [['1', '7', '10'], '1-10'],
    [['0', '10'], '0-10'],
    [['15', '80', '100'], '0-100'],
    [['0.2', '0.75'], '0-1'],
    [['40%', '0.5'], '0-100'],
    [['low', 'Medium', 'HIGH', '3'], 'words'],
    [['2', '3', '-4', '900'], '1-5'],
    [['', ' '], null],
  ])('%j is read as %s', (cells, scale) => {
    expect(detectScale(cells)).toBe(scale)
  })

  it('maps values onto 0–100 and explains the ones it cannot', () => {
    expect(toScore('3', '1-5')).toEqual({ ok: true, score: 50 })
    expect(toScore('2,5', '0-5')).toEqual({ ok: true, score: 50 })
    expect(toScore('0.7', '0-1')).toEqual({ ok: true, score: 70 })
    expect(toScore('high', '1-5')).toEqual({ ok: true, score: 75 })
    expect(toScore('', '1-5')).toEqual({ ok: true, score: null })
    expect(toScore('6', '1-5')).toEqual({ ok: false, problem: '6 is outside the 1 to 5 scale' })
    expect(toScore('−1', '0-10')).toEqual({ ok: false, problem: '-1 is outside the 0 to 10 scale' })
    expect(toScore('n/a', '0-100')).toEqual({ ok: false, problem: '"n/a" is not a score' })
  })
})

describe('scales named in headers', () => {
  it('follows the header over the values, so an out-of-range value is reported', () => {
    const rows = [
      ['Name', 'Power (1-5)', 'Impact 0 to 10'],
      ['A', '7', '3'],
    ]
    const mapping = guessMapping(rows)
    expect([mapping.influenceScale, mapping.interestScale]).toEqual(['1-5', '0-10'])
    const plan = buildImportPlan(rows, mapping, createBlankWorkshop({ title: 't' }, 'w', new Date()), { duplicates: 'merge', today: '2026-10-06' })
    expect(plan.rows[0]?.notes).toEqual(['influence 7 is outside the 1 to 5 scale: left off the map'])
  })
})

describe('rowsFromPastedText', () => {
  it('reads one name a line, ignoring the final line break', () => {
    expect(rowsFromPastedText('Anna\r\nBo\nCé\n')).toEqual([['Anna'], ['Bo'], ['Cé']])
  })

  it('reads tab-separated cells as a spreadsheet copies them, quoted cells included', () => {
    const pasted = 'Name\tNotes\nAnna\t"two\nlines with a ""quote"""\nBo\t\n'
    expect(rowsFromPastedText(pasted)).toEqual([
      ['Name', 'Notes'],
      ['Anna', 'two\nlines with a "quote"'],
      ['Bo', ''],
    ])
  })

  it('keeps a quote inside a cell that does not start with one', () => {
    expect(rowsFromPastedText('Dr "Bob" Ek\tHR')).toEqual([['Dr "Bob" Ek', 'HR']])
  })
})
