import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createIpcHandlers } from '../../../src/main/ipc-handlers'
import { AppSettingsStore } from '../../../src/main/services/app-settings'
import { WorkshopLibrary } from '../../../src/main/services/workshop-library'
import { SAMPLE_PATH, useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

async function handlers() {
  const dir = await tempDir()
  const library = await WorkshopLibrary.open({ dir: join(dir, 'Workshops'), samplePath: SAMPLE_PATH })
  const settings = await AppSettingsStore.open(join(dir, 'settings.json'))
  return createIpcHandlers({ library, settings, capabilities: { host: 'browser', version: 'test' } })
}

describe('readSpreadsheet over IPC', () => {
  it('turns the bytes of a CSV into rows, with the encoding and delimiter it found', async () => {
    const h = await handlers()
    const data = Buffer.from('\uFEFFName;Unit\r\nÅsa Berg;HR\r\n', 'utf8').toString('base64')
    const result = await h.readSpreadsheet({ fileName: 'people.csv', data, sheet: null })
    expect(result).toEqual({
      ok: true,
      value: { rows: [['Name', 'Unit'], ['Åsa Berg', 'HR']], source: { format: 'csv', fileName: 'people.csv', encoding: 'utf-8', delimiter: ';', sheet: null, sheets: [] } },
    })
  })

  it('answers junk with the spreadsheet message and refuses what is not base64', async () => {
    const h = await handlers()
    const junk = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 131 + 7) % 256)).toString('base64')
    const read = await h.readSpreadsheet({ fileName: 'x.csv', data: junk, sheet: null })
    expect(read).toMatchObject({ ok: false, error: { code: 'unsupported', message: expect.stringMatching(/^This does not look like a spreadsheet/) } })
    expect(await h.readSpreadsheet({ fileName: 'x.csv', data: 'not base64 at all!', sheet: null })).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })
})
