import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readWorkshopJson } from '../../../src/core/workshop/workshop-json'
import { runCliProcess } from '../../support/run-cli'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

async function readWorkshop(path: string) {
  const parsed = readWorkshopJson(await readFile(path, 'utf8'))
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.value
}

describe('cli import', () => {
  it('imports a semicolon CSV, then merges the same people on a second run, listing skipped rows', async () => {
    const dir = await tempDir()
    const workshop = join(dir, 'w.json')
    const people = join(dir, 'people.csv')
    await writeFile(people, '\uFEFFsep=;\nFull name;Department;Power;Impact\nAnna Berg;HR;4;5\n;IT;1;1\nBo Ek;IT;2;2,5\n')
    expect((await runCliProcess(['new', workshop])).code).toBe(0)

    const first = await runCliProcess(['import', people, '--into', workshop])
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('Imported 2, merged 0, skipped 1')
    expect(first.stdout).toContain('skipped row 3: No name in this row.')
    const after = await readWorkshop(workshop)
    expect(after.revision).toBe(1)
    expect(after.stakeholders.map((s) => [s.name, s.unit, s.position])).toEqual([
      ['Anna Berg', 'HR', { influence: 75, interest: 100 }],
      ['Bo Ek', 'IT', { influence: 25, interest: 37.5 }],
    ])

    const second = await runCliProcess(['import', people, '--into', workshop])
    expect(second.stdout).toContain('Imported 0, merged 2, skipped 1')
    expect((await readWorkshop(workshop)).stakeholders).toHaveLength(2)

    const skipping = await runCliProcess(['import', people, '--into', workshop, '--duplicates', 'skip'])
    expect(skipping.stdout).toContain('Imported 0, merged 0, skipped 3')
    expect(skipping.stdout).toContain('already in the workshop')
  })

  it('imports an XLSX workbook', async () => {
    const dir = await tempDir()
    const workshop = join(dir, 'w.json')
    const book = join(dir, 'people.xlsx')
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('People')
    sheet.addRow(['Name', 'Title', 'Attitude'])
    sheet.addRow(['Kofi Mensah', 'CIO', 'Champion'])
    await workbook.xlsx.writeFile(book)
    await runCliProcess(['new', workshop])
    const run = await runCliProcess(['import', book, '--into', workshop])
    expect(run.code).toBe(0)
    expect((await readWorkshop(workshop)).stakeholders.map((s) => [s.name, s.role, s.attitude])).toEqual([['Kofi Mensah', 'CIO', 'champion']])
  })

  it('fails with one line and changes nothing when the file is not a spreadsheet or cannot be read', async () => {
    const dir = await tempDir()
    const workshop = join(dir, 'w.json')
    await runCliProcess(['new', workshop])
    const before = await readFile(workshop, 'utf8')
    const junk = join(dir, 'junk.csv')
    await writeFile(junk, Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)))
    for (const args of [['import', junk, '--into', workshop], ['import', join(dir, 'missing.csv'), '--into', workshop]]) {
      const run = await runCliProcess(args)
      expect(run.code).toBe(1)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
    }
    expect((await runCliProcess(['import', junk, '--into', workshop])).stderr).toContain('This does not look like a spreadsheet')
    expect((await runCliProcess(['import', join(dir, 'missing.csv'), '--into', workshop])).stderr).toContain('there is no such file')
    expect(await readFile(workshop, 'utf8')).toBe(before)
  })

  it('refuses a missing --into or a wrong --duplicates as usage errors', async () => {
    expect((await runCliProcess(['import', 'people.csv'])).code).toBe(2)
    expect((await runCliProcess(['import', 'people.csv', '--into', 'w.json', '--duplicates', 'maybe'])).code).toBe(2)
  })
})
