import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { guessMapping } from '../../../src/core/import/import-mapping'
import { applyImportPlan, buildImportPlan } from '../../../src/core/import/import-plan'
import { csvCell, registerCsv, registerCsvFileName } from '../../../src/core/register/register-csv'
import { createBlankWorkshop } from '../../../src/core/workshop/new-workshop'
import { addStakeholder, createStakeholder } from '../../../src/core/workshop/stakeholder-edits'

const NOW = new Date('2026-10-06T10:00:00.000Z')

function workshopWith(...people: Parameters<typeof createStakeholder>[0][]) {
  return people.reduce((w, p, i) => addStakeholder(w, createStakeholder(p, `s${i}`, NOW)), createBlankWorkshop({ title: 'Export' }, 'ws', NOW))
}

describe('csvCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+31 20 555', "'+31 20 555"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1,2', `"'=1,2"`],
  ])('%j becomes %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected)
  })
})

describe('registerCsv', () => {
  const workshop = workshopWith(
    { name: '=HYPERLINK("http://evil","click")', role: '+CEO', unit: '@Board', position: { interest: 80, influence: 90 }, attitude: 'champion', tags: ['exec', 'board'] },
    { name: 'Zoë 👩🏽‍💼 محمد', role: 'Nurse, nights', unit: 'Wards', owner: 'Maren' },
  )

  it('writes one row per stakeholder with a BOM, CRLF line ends and every formula cell escaped', () => {
    const csv = registerCsv(workshop)
    expect(csv.startsWith('\uFEFFName,Kind,Role,Business unit,Influence,Interest,Quadrant,Attitude')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data
    expect(rows).toHaveLength(3)
    expect(rows[1]?.slice(0, 8)).toEqual(["'=HYPERLINK(\"http://evil\",\"click\")", 'Person', "'+CEO", "'@Board", '90', '80', 'Change-Makers', 'Champion'])
    expect(rows[2]?.slice(0, 9)).toEqual(['Zoë 👩🏽‍💼 محمد', 'Person', 'Nurse, nights', 'Wards', '', '', 'Not on the map', 'Neutral', 'Maren'])
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/)
  })

  it('reads back through the import with the same people', () => {
    const csv = registerCsv(workshop)
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data
    const mapping = guessMapping(rows)
    const target = createBlankWorkshop({ title: 'Copy' }, 'ws2', NOW)
    const plan = buildImportPlan(rows, mapping, target, { duplicates: 'merge', today: '2026-10-06' })
    let n = 0
    const after = applyImportPlan(target, plan, { duplicates: 'merge', today: '2026-10-06' }, () => `n${++n}`, NOW)
    expect(after.stakeholders.map((s) => [s.unit, s.role, s.owner, s.attitude, s.position])).toEqual([
      ["'@Board", "'+CEO", '', 'champion', { influence: 90, interest: 80 }],
      ['Wards', 'Nurse, nights', 'Maren', 'neutral', null],
    ])
    expect(after.stakeholders[1]?.name).toBe('Zoë 👩🏽‍💼 محمد')
  })

  it('names the file after the workshop without characters a file system refuses', () => {
    expect(registerCsvFileName('Kick-off: HR/IT')).toBe('Kick-off HR IT - stakeholder register.csv')
    expect(registerCsvFileName('   ')).toBe('Workshop - stakeholder register.csv')
  })
})
