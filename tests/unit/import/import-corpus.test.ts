import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { guessMapping } from '../../../src/core/import/import-mapping'
import { type ImportOptions, applyImportPlan, buildImportPlan } from '../../../src/core/import/import-plan'
import type { SpreadsheetGrid } from '../../../src/core/import/spreadsheet-grid'
import { createBlankWorkshop } from '../../../src/core/workshop/new-workshop'
import { type Workshop, workshopSchema } from '../../../src/core/workshop/schema'
import { addStakeholder, createStakeholder } from '../../../src/core/workshop/stakeholder-edits'
import { readSpreadsheet } from '../../../src/main/services/spreadsheet-reader'

const NOW = new Date('2026-10-06T10:00:00.000Z')
const OPTIONS: ImportOptions = { duplicates: 'merge', today: '2026-10-06' }
const utf8 = (text: string) => new TextEncoder().encode(text)
const blank = () => createBlankWorkshop({ title: 'Corpus' }, 'ws-corpus', NOW)

async function grid(bytes: Uint8Array, name = 'people.csv'): Promise<SpreadsheetGrid> {
  const read = await readSpreadsheet(bytes, name)
  if (!read.ok) throw new Error(read.error.message)
  return read.value
}

/** Reads, maps with the guessed mapping, plans and applies: what the CLI and the app both do. */
async function importInto(workshop: Workshop, bytes: Uint8Array, name = 'people.csv', options = OPTIONS) {
  const { rows, source } = await grid(bytes, name)
  const mapping = guessMapping(rows)
  const plan = buildImportPlan(rows, mapping, workshop, options)
  let n = 0
  const after = applyImportPlan(workshop, plan, options, () => `id${++n}`, NOW)
  const valid = workshopSchema.safeParse(after)
  if (!valid.success) throw new Error(`the imported workshop is invalid: ${valid.error.message}`)
  return { rows, source, mapping, plan, after, people: after.stakeholders.slice(workshop.stakeholders.length) }
}

describe('European CSV exports', () => {
  it('strips a UTF-8 byte-order mark so the first header is still recognised', async () => {
    const { mapping, people } = await importInto(blank(), utf8('\uFEFFName,Role\nAnna Berg,CFO\n'))
    expect(mapping.columns).toEqual(['name', 'role'])
    expect(people.map((p) => [p.name, p.role])).toEqual([['Anna Berg', 'CFO']])
  })

  it('splits on semicolons and reads decimal commas in scores', async () => {
    const csv = 'Name;Department;Influence;Interest\nAnna;Finance;3,5;4,5\nBo;IT;1;5\nCé;HR;5;1\n'
    const { source, mapping, people } = await importInto(blank(), utf8(csv))
    expect(source.delimiter).toBe(';')
    expect(mapping.influenceScale).toBe('1-5')
    expect(people[0]?.position).toEqual({ influence: 62.5, interest: 87.5 })
    expect(people[1]?.position).toEqual({ influence: 0, interest: 100 })
    expect(people[0]?.unit).toBe('Finance')
  })

  it('honours a "sep=;" first line and does not treat it as a row', async () => {
    const { source, rows, people } = await importInto(blank(), utf8('sep=;\r\nName;Unit\r\nAnna, the elder;Board\r\n'))
    expect(source.delimiter).toBe(';')
    expect(rows[0]).toEqual(['Name', 'Unit'])
    expect(people.map((p) => p.name)).toEqual(['Anna, the elder'])
  })

  it('keeps line breaks inside quoted fields as part of the cell', async () => {
    const csv = '"Name","Notes","Unit"\r\n"Anna","Worried about\r\nnight shifts ""again""","Wards"\r\n"Bo","","IT"\r\n'
    const { people } = await importInto(blank(), utf8(csv))
    expect(people).toHaveLength(2)
    expect(people[0]?.notes[0]?.text).toBe('Worried about\nnight shifts "again"')
    expect(people[1]?.unit).toBe('IT')
  })

  it('ignores blank rows and trailing empty columns, counting the blank rows', async () => {
    const csv = 'Name,Unit,,\nAnna,HR,,\n,,,\n\n   ,  ,,\nBo,IT,,\n,,,\n'
    const { rows, plan, people } = await importInto(blank(), utf8(csv))
    expect(rows[0]).toEqual(['Name', 'Unit'])
    expect(people.map((p) => p.name)).toEqual(['Anna', 'Bo'])
    expect(plan.blankRows).toBe(4)
    expect(plan.counts.skip).toBe(0)
  })

  it('detects Windows-1252 and decodes umlauts, accents and the euro sign', async () => {
    // "Name;Abteilung\nJürgen Müller;Einkauf €\nFrançois;Qualité" as Windows-1252 bytes.
    const bytes = Uint8Array.from([...Buffer.from('Name;Abteilung\nJ\xfcrgen M\xfcller;Einkauf ', 'latin1'), 0x80, ...Buffer.from('\nFran\xe7ois;Qualit\xe9\n', 'latin1')])
    const { source, people } = await importInto(blank(), bytes)
    expect(source.encoding).toBe('windows-1252')
    expect(people.map((p) => [p.name, p.unit])).toEqual([
      ['Jürgen Müller', 'Einkauf €'],
      ['François', 'Qualité'],
    ])
  })

  it('reads UTF-16 "Unicode text" from Excel (byte-order mark, tabs)', async () => {
    const text = '\uFEFFName\tRole\r\nΑλέξης Παππάς\tΔιευθυντής\r\n'
    const bytes = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) & 0xff
      bytes[i * 2 + 1] = text.charCodeAt(i) >> 8
    }
    const { source, people } = await importInto(blank(), bytes)
    expect(source.encoding).toBe('utf-16le')
    expect(people.map((p) => [p.name, p.role])).toEqual([['Αλέξης Παππάς', 'Διευθυντής']])
  })
})

describe('header variants and scales', () => {
  it('maps common header names and converts each scale to 0–100', async () => {
    const csv = [
      'Full Name,Job Title,Business Unit,Power (1-10),Impact %,Sentiment,Engagement Owner,Tags',
      'Ana Lima,COO,Operations,10,80%,Supportive,Maren,"exec; ops"',
      'Ben Ode,Nurse,Wards,1,15 %,opposed,,',
      'Cy Rao,Analyst,IT,4,50%,,,',
    ].join('\n')
    const { mapping, people } = await importInto(blank(), utf8(csv))
    expect(mapping.columns).toEqual(['name', 'role', 'unit', 'influence', 'interest', 'attitude', 'owner', 'tags'])
    expect(mapping.influenceScale).toBe('1-10')
    expect(mapping.interestScale).toBe('0-100')
    expect(people[0]).toMatchObject({ name: 'Ana Lima', role: 'COO', unit: 'Operations', attitude: 'supporter', owner: 'Maren', tags: ['exec', 'ops'], position: { influence: 100, interest: 80 } })
    expect(people[1]).toMatchObject({ attitude: 'blocker', position: { influence: 0, interest: 15 } })
    expect(people[2]?.position).toEqual({ influence: 33.3, interest: 50 })
  })

  it('reads low/medium/high words, and 0–100 numbers', async () => {
    const csv = 'Name,Influence,Interest\nA,High,low\nB,Medium,Very high\nC,low,medium\n'
    const { mapping, people } = await importInto(blank(), utf8(csv))
    expect(mapping.influenceScale).toBe('words')
    expect(people.map((p) => p.position)).toEqual([
      { influence: 75, interest: 25 },
      { influence: 50, interest: 90 },
      { influence: 25, interest: 50 },
    ])
    const numeric = await importInto(blank(), utf8('Name,Influence,Interest\nA,85,12\nB,40,60\n'))
    expect(numeric.mapping.influenceScale).toBe('0-100')
    expect(numeric.people[0]?.position).toEqual({ influence: 85, interest: 12 })
  })

  it('joins first and last name columns', async () => {
    const { people } = await importInto(blank(), utf8('First name,Last name,Dept\nLinh,Tran,Finance\n'))
    expect(people.map((p) => [p.name, p.unit])).toEqual([['Linh Tran', 'Finance']])
  })

  it('leaves out-of-range and negative scores off the map, saying why, and still imports the person', async () => {
    const csv = 'Name,Influence,Interest\nA,3,4\nB,-2,4\nC,250,1\nD,five,2\nE,5,\n'
    const { mapping, plan, people } = await importInto(blank(), utf8(csv))
    expect(mapping.influenceScale).toBe('1-5')
    expect(people.map((p) => p.position)).toEqual([{ influence: 50, interest: 75 }, null, null, null, null])
    const notes = plan.rows.map((r) => r.notes.join(' | '))
    expect(notes[1]).toContain('influence -2 is outside the 1 to 5 scale')
    expect(notes[2]).toContain('influence 250 is outside the 1 to 5 scale')
    expect(notes[3]).toContain('"five" is not a score')
    expect(notes[4]).toContain('no interest score')
    expect(plan.counts).toEqual({ add: 5, merge: 0, skip: 0 })
  })
})

describe('duplicates', () => {
  const withExisting = () => {
    const existing = createStakeholder({ name: 'Anna Berg', unit: 'Finance', role: '', tags: ['board'] }, 'existing-anna', NOW)
    return addStakeholder(blank(), existing)
  }
  const csv = 'Name,Unit,Role,Tags\nanna  berg,FINANCE,CFO,budget\nBo,IT,Dev,\nBo,it,,remote\nBo,HR,Recruiter,\n'

  it('merges rows with the same name and unit into the person already there, filling blanks only', async () => {
    const { plan, after, people } = await importInto(withExisting(), utf8(csv))
    expect(plan.counts).toEqual({ add: 2, merge: 2, skip: 0 })
    const anna = after.stakeholders.find((s) => s.id === 'existing-anna')
    expect(anna).toMatchObject({ name: 'Anna Berg', role: 'CFO', tags: ['board', 'budget'] })
    expect(people.map((p) => [p.name, p.unit, p.role, p.tags])).toEqual([
      ['Bo', 'IT', 'Dev', ['remote']],
      ['Bo', 'HR', 'Recruiter', []],
    ])
    expect(plan.rows[2]?.reason).toContain('row 3')
  })

  it('skips them instead when asked, listing each with its reason', async () => {
    const { plan, after } = await importInto(withExisting(), utf8(csv), 'people.csv', { ...OPTIONS, duplicates: 'skip' })
    expect(plan.counts).toEqual({ add: 2, merge: 0, skip: 2 })
    expect(plan.rows.filter((r) => r.outcome === 'skip').map((r) => [r.row, r.reason])).toEqual([
      [2, 'Same name and unit as “Anna Berg”, already in the workshop.'],
      [4, 'Same name and unit as row 3.'],
    ])
    expect(after.stakeholders.find((s) => s.id === 'existing-anna')?.role).toBe('')
  })
})

describe('hostile and odd content', () => {
  it('stores formula-looking cells and markup as plain text, unchanged', async () => {
    const csv = 'Name,Role\n"=HYPERLINK(""http://evil"",""x"")",+1\n<script>alert(1)</script>,<b>CEO</b>\n@SUM(A1),-1\n'
    const { people } = await importInto(blank(), utf8(csv))
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['=HYPERLINK("http://evil","x")', '+1'],
      ['<script>alert(1)</script>', '<b>CEO</b>'],
      ['@SUM(A1)', '-1'],
    ])
  })

  it('shortens a 20,000-character note, and skips a row whose name is that long', async () => {
    const long = 'x'.repeat(20_000)
    const { plan, people } = await importInto(blank(), utf8(`Name,Notes\nAnna,${long}\n${long},short\nBo,ok\n`))
    expect(people.map((p) => p.name)).toEqual(['Anna', 'Bo'])
    expect(people[0]?.notes[0]?.text).toHaveLength(5000)
    expect(plan.rows[0]?.notes).toContain('notes: shortened to 5,000 characters')
    expect(plan.rows[1]).toMatchObject({ row: 3, outcome: 'skip' })
    expect(plan.rows[1]?.reason).toContain('20,000 characters long')
  })

  it('keeps right-to-left text and emoji intact, and never splits an emoji when shortening', async () => {
    const role = `${'a'.repeat(199)}👩🏽‍💼`
    const { people } = await importInto(blank(), utf8(`Name,Unit,Role\nمحمد العلي,מחלקת כספים,x\nZoë 👩🏽‍💼 Ng,🚀 Launch,${role}\n`))
    expect(people.map((p) => [p.name, p.unit])).toEqual([
      ['محمد العلي', 'מחלקת כספים'],
      ['Zoë 👩🏽‍💼 Ng', '🚀 Launch'],
    ])
    expect(people[1]?.role).toBe('a'.repeat(199))
  })

  it('removes NUL and control characters from cells, saying so, without refusing the file', async () => {
    const { plan, people } = await importInto(blank(), utf8('Name,Role\nAn\u0000na\u0007,Head\u001b of HR\nBo,Dev\n'))
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['Anna', 'Head of HR'],
      ['Bo', 'Dev'],
    ])
    expect(plan.rows[0]?.notes).toEqual(['name: control characters removed', 'role: control characters removed'])
  })

  it('refuses random binary bytes as "does not look like a spreadsheet"', async () => {
    let seed = 42
    const bytes = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed & 0xff
    })
    for (const name of ['people.csv', 'people.xlsx', 'people.txt']) {
      const read = await readSpreadsheet(bytes, name)
      expect(read.ok).toBe(false)
      if (!read.ok) expect(read.error.message).toMatch(/^This does not look like a spreadsheet/)
    }
  })

  it('refuses an empty file, a broken zip, an old .xls, a PDF and an unclosed quote', async () => {
    const cases: [Uint8Array, string][] = [
      [new Uint8Array(), 'empty.csv'],
      [Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]), 'broken.xlsx'],
      [Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'old.xls'],
      [utf8('%PDF-1.7\n'), 'report.pdf'],
      [utf8('Name,Unit\nAnna,"HR\nBo,IT\n'), 'unclosed.csv'],
      [utf8('Name,Unit\nAnna,HR\n'), 'renamed.xlsx'],
    ]
    for (const [bytes, name] of cases) {
      const read = await readSpreadsheet(bytes, name)
      expect(read.ok, name).toBe(false)
      if (!read.ok) expect(read.error.message, name).toMatch(/^This does not look like a spreadsheet: .+ nothing was changed\.$/)
    }
  })

  it('imports a 1,000-row file completely', async () => {
    const lines = ['Name,Unit,Influence,Interest,Attitude']
    for (let i = 1; i <= 1000; i++) lines.push(`Person ${i},Unit ${i % 17},${(i % 5) + 1},${((i * 3) % 5) + 1},${['champion', 'supporter', 'neutral', 'sceptic', 'blocker'][i % 5]}`)
    const { plan, people } = await importInto(blank(), utf8(lines.join('\r\n')))
    expect(plan.counts).toEqual({ add: 1000, merge: 0, skip: 0 })
    expect(people).toHaveLength(1000)
    expect(people[999]).toMatchObject({ name: 'Person 1000', unit: 'Unit 14', attitude: 'champion', position: { influence: 0, interest: 0 } })
    expect(people[6]).toMatchObject({ name: 'Person 7', attitude: 'neutral', position: { influence: 50, interest: 25 } })
    expect(new Set(people.map((p) => p.id)).size).toBe(1000)
  })
})

describe('XLSX workbooks', () => {
  async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook()
    build(workbook)
    return new Uint8Array(await workbook.xlsx.writeBuffer())
  }

  it('reads the first visible sheet: text, numbers, formulas by result, rich text and percentages', async () => {
    const bytes = await workbookBytes((wb) => {
      const hidden = wb.addWorksheet('Lookup', { state: 'hidden' })
      hidden.addRow(['ignore me'])
      const sheet = wb.addWorksheet('Stakeholders')
      sheet.addRow(['Name', 'Position', 'Division', 'Influence', 'Interest', 'Added', ''])
      sheet.addRow(['Kofi Mensah', 'CIO', 'IT', 4, 0.9, new Date('2026-09-01T00:00:00Z')])
      sheet.addRow([{ richText: [{ text: 'Marie ' }, { font: { bold: true }, text: 'Curie' }] }, 'Scientist', 'R&D', { formula: '2+3', result: 5 }, 0.25])
      sheet.getColumn(5).numFmt = '0%'
    })
    const { source, rows, mapping, people } = await importInto(blank(), bytes, 'people.xlsx')
    expect(source).toMatchObject({ format: 'xlsx', sheet: 'Stakeholders', sheets: ['Stakeholders'] })
    expect(rows[1]).toEqual(['Kofi Mensah', 'CIO', 'IT', '4', '90%', '2026-09-01'])
    expect(mapping.columns.slice(0, 5)).toEqual(['name', 'role', 'unit', 'influence', 'interest'])
    expect(people.map((p) => [p.name, p.role, p.unit, p.position])).toEqual([
      ['Kofi Mensah', 'CIO', 'IT', { influence: 75, interest: 90 }],
      ['Marie Curie', 'Scientist', 'R&D', { influence: 100, interest: 25 }],
    ])
  })

  it('reads a named sheet when asked', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('One').addRow(['Name']).commit()
      const two = wb.addWorksheet('Two')
      two.addRow(['Name'])
      two.addRow(['Only on two'])
    })
    const read = await readSpreadsheet(bytes, 'people.xlsx', 'Two')
    expect(read.ok && read.value.rows).toEqual([['Name'], ['Only on two']])
    const missing = await readSpreadsheet(bytes, 'people.xlsx', 'Three')
    expect(missing.ok).toBe(false)
  })
})
