import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ExportJobStatus } from '../../../src/core/ipc-contract'
import { type HostCapabilities, createIpcHandlers } from '../../../src/main/ipc-handlers'
import { AppSettingsStore } from '../../../src/main/services/app-settings'
import { WorkshopLibrary } from '../../../src/main/services/workshop-library'
import { sampleWithLukasz } from '../../support/pdf-tools'
import { SAMPLE_PATH, useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

async function makeHandlers(capabilities: Partial<HostCapabilities> = {}) {
  const dir = await tempDir()
  const library = await WorkshopLibrary.open({ dir: join(dir, 'Workshops'), samplePath: SAMPLE_PATH })
  const settings = await AppSettingsStore.open(join(dir, 'settings.json'))
  return { dir, handlers: createIpcHandlers({ library, settings, capabilities: { host: 'browser', version: '1.0.0', ...capabilities } }) }
}

async function finished(handlers: Awaited<ReturnType<typeof makeHandlers>>['handlers'], jobId: string): Promise<ExportJobStatus> {
  for (;;) {
    const status = await handlers.exportStatus({ jobId })
    if (!status.ok) throw new Error(status.error.message)
    if (status.value.state !== 'running') return status.value
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('export handlers', () => {
  it('in the browser host, writes into Exports beside the workshops folder and hands files back by job and index', async () => {
    const { dir, handlers } = await makeHandlers()
    const started = await handlers.startExport({ workshop: sampleWithLukasz(), what: 'summary' })
    if (!started.ok || !started.value.jobId) throw new Error('not started')
    const status = await finished(handlers, started.value.jobId)
    expect(status).toMatchObject({ state: 'done', done: 1, total: 1, folder: join(dir, 'Exports'), error: null })
    expect(await readdir(join(dir, 'Exports'))).toEqual(['Sample Northwind Health goes paperless - Workshop summary.pdf'])

    const file = await handlers.readExportFile({ jobId: started.value.jobId, index: 0 })
    if (!file.ok) throw new Error(file.error.message)
    expect(file.value.mimeType).toBe('application/pdf')
    expect(Buffer.from(file.value.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    expect((await handlers.readExportFile({ jobId: started.value.jobId, index: 5 })).ok).toBe(false)
    expect(await handlers.openExport({ jobId: started.value.jobId, index: 0 })).toMatchObject({ ok: false, error: { code: 'unsupported' } })
  })

  it('on the desktop, exports where the user chose, opens what was written, and does nothing when they cancel', async () => {
    const chosen = await tempDir()
    const opened: string[] = []
    let answer: string | null = chosen
    const { handlers } = await makeHandlers({ chooseExportFolder: async () => answer, openPath: async (path) => void opened.push(path) })
    const started = await handlers.startExport({ workshop: sampleWithLukasz(), what: 'commitments' })
    if (!started.ok || !started.value.jobId) throw new Error('not started')
    const status = await finished(handlers, started.value.jobId)
    expect(status.files).toHaveLength(3)
    expect(status.folder).toBe(chosen)
    await handlers.openExport({ jobId: started.value.jobId, index: null })
    await handlers.openExport({ jobId: started.value.jobId, index: 1 })
    expect(opened).toEqual([chosen, join(chosen, status.files[1]!.name)])

    answer = null
    expect(await handlers.startExport({ workshop: sampleWithLukasz(), what: 'plan' })).toEqual({ ok: true, value: { jobId: null } })
    expect(await readdir(chosen)).toHaveLength(3)
  })

  it('reports a failed export as a message, and refuses unknown jobs and kinds', async () => {
    const { handlers } = await makeHandlers()
    const workshop = sampleWithLukasz()
    const started = await handlers.startExport({ workshop: { ...workshop, leadership: { ...workshop.leadership, commitments: [] } }, what: 'commitments' })
    if (!started.ok || !started.value.jobId) throw new Error('not started')
    expect(await finished(handlers, started.value.jobId)).toMatchObject({ state: 'failed', error: expect.stringMatching(/no commitment documents yet/) })
    expect(await handlers.exportStatus({ jobId: 'unknownjob123' })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await handlers.exportStatus({ jobId: '../../etc' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(await handlers.startExport({ workshop, what: 'poster' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })
})
