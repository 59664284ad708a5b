import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { IPC_METHODS } from '../../../src/core/ipc-contract'
import { SAMPLE_TITLE, createIpcHandlers } from '../../../src/main/ipc-handlers'
import { AppSettingsStore } from '../../../src/main/services/app-settings'
import { WorkshopLibrary } from '../../../src/main/services/workshop-library'
import { SAMPLE_PATH, useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

async function makeHandlers() {
  const dir = await tempDir()
  const library = await WorkshopLibrary.open({ dir: join(dir, 'Workshops'), samplePath: SAMPLE_PATH })
  const settings = await AppSettingsStore.open(join(dir, 'settings.json'))
  return createIpcHandlers({ library, settings, capabilities: { host: 'browser', version: '1.0.0' } })
}

describe('IPC handlers', () => {
  it('opens the sample on first start, then the last workshop opened', async () => {
    const handlers = await makeHandlers()
    const first = await handlers.getStartup({})
    expect(first.ok && first.value.openFile).toBe(`${SAMPLE_TITLE.replace(':', ' -')}.json`)
    const created = await handlers.createWorkshop({ title: 'Second', fromSample: false })
    if (!created.ok) throw new Error(created.error.message)
    await handlers.openWorkshop({ file: created.value.file })
    expect(await handlers.getStartup({})).toEqual({ ok: true, value: { openFile: 'Second.json' } })
  })

  it('does not bring the sample back once the user has deleted it', async () => {
    const handlers = await makeHandlers()
    const first = await handlers.getStartup({})
    if (!first.ok || !first.value.openFile) throw new Error('no sample')
    await handlers.deleteWorkshop({ file: first.value.openFile })
    expect(await handlers.getStartup({})).toEqual({ ok: true, value: { openFile: null } })
    expect(await handlers.listWorkshops({})).toEqual({ ok: true, value: [] })
  })

  it.each(IPC_METHODS)('%s refuses a request of the wrong shape with a readable message', async (name) => {
    const handlers = await makeHandlers()
    const handler = handlers[name] as (raw: unknown) => Promise<unknown>
    for (const bad of [42, 'text', [], { file: 7, unexpected: true }]) {
      expect(await handler(bad)).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining(name) } })
    }
  })

  it('refuses paths that try to leave the workshops folder', async () => {
    const handlers = await makeHandlers()
    for (const file of ['../settings.json', '/etc/passwd.json', '..\\x.json', '.trash/x.json']) {
      expect(await handlers.openWorkshop({ file })).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    }
  })

  it('refuses a save whose workshop is invalid, and says where', async () => {
    const handlers = await makeHandlers()
    const start = await handlers.getStartup({})
    if (!start.ok || !start.value.openFile) throw new Error('no sample')
    const opened = await handlers.openWorkshop({ file: start.value.openFile })
    if (!opened.ok) throw new Error(opened.error.message)
    const broken = { ...opened.value.workshop, stakeholders: [{ ...opened.value.workshop.stakeholders[0], attitude: 'hostile' }] }
    const result = await handlers.saveWorkshop({ file: start.value.openFile, baseRevision: 0, workshop: broken })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringContaining('attitude') } })
  })

  it('says that revealing a file needs the desktop app', async () => {
    const handlers = await makeHandlers()
    expect(await handlers.revealWorkshop({ file: 'Any.json' })).toMatchObject({ ok: false, error: { code: 'unsupported' } })
  })
})
