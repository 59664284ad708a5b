import { useEffect, useRef, useState } from 'react'
import { EXPORT_KINDS, EXPORT_KIND_LABELS, type ExportKind } from '../../core/exports/export-files'
import type { ExportJobStatus } from '../../core/ipc-contract'
import { api } from '../api/coalition-api'
import { useSessionStore } from '../state/workshop-session'
import './export-dialog.css'
import { exportDialogActions, useExportDialog } from './export-store'

/** The progress bar appears only for exports that take longer than this. */
const PROGRESS_AFTER_MS = 1000
const POLL_MS = 150

type Phase =
  | { kind: 'choosing' }
  | { kind: 'running'; jobId: string; status: ExportJobStatus; slow: boolean }
  | { kind: 'done'; jobId: string; status: ExportJobStatus }
  | { kind: 'failed'; message: string }

const sizeLabel = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`)

/** Choose what to export; the desktop app then asks where, the browser host writes to its Exports folder. */
export function ExportDialog() {
  const open = useExportDialog((s) => s.open)
  const ref = useRef<HTMLDialogElement>(null)
  const [what, setWhat] = useState<ExportKind>('all')
  const [phase, setPhase] = useState<Phase>({ kind: 'choosing' })
  const [desktop, setDesktop] = useState(false)

  useEffect(() => {
    if (!open) {
      ref.current?.close()
      return
    }
    ref.current?.showModal()
    void api.getAppInfo({}).then((info) => setDesktop(info.ok && info.value.host === 'electron'))
  }, [open])

  const start = async () => {
    const workshop = useSessionStore.getState().session?.history.present
    if (!workshop) return
    const started = await api.startExport({ workshop, what })
    if (!started.ok) return setPhase({ kind: 'failed', message: started.error.message })
    const jobId = started.value.jobId
    if (jobId === null) return setPhase({ kind: 'choosing' })
    const began = Date.now()
    setPhase({ kind: 'running', jobId, status: { state: 'running', done: 0, total: 0, folder: null, files: [], error: null }, slow: false })
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
      const polled = await api.exportStatus({ jobId })
      if (!polled.ok) return setPhase({ kind: 'failed', message: polled.error.message })
      const status = polled.value
      if (status.state === 'failed') return setPhase({ kind: 'failed', message: status.error ?? 'The export failed.' })
      if (status.state === 'done') {
        setPhase({ kind: 'done', jobId, status })
        // On the desktop, show the result straight away: the file itself, or the folder of several.
        if (desktop) void api.openExport({ jobId, index: status.files.length === 1 ? 0 : null })
        return
      }
      setPhase({ kind: 'running', jobId, status, slow: Date.now() - began > PROGRESS_AFTER_MS })
    }
  }

  const download = async (jobId: string, index: number) => {
    const file = await api.readExportFile({ jobId, index })
    if (!file.ok) return setPhase({ kind: 'failed', message: file.error.message })
    const bytes = Uint8Array.from(atob(file.value.base64), (c) => c.charCodeAt(0))
    const url = URL.createObjectURL(new Blob([bytes], { type: file.value.mimeType }))
    const link = document.createElement('a')
    link.href = url
    link.download = file.value.name
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }

  const close = () => {
    // A finished or failed export is not shown again next time; a running one keeps reporting.
    if (phase.kind !== 'running') setPhase({ kind: 'choosing' })
    exportDialogActions.close()
  }

  const running = phase.kind === 'running'
  return (
    <dialog ref={ref} className="modal wide export-dialog" aria-labelledby="export-dialog-title" onClose={close}>
      <h2 id="export-dialog-title">Export</h2>
      {(phase.kind === 'choosing' || phase.kind === 'failed' || running) && (
        <fieldset className="export-choices" disabled={running}>
          <legend>What to export</legend>
          {EXPORT_KINDS.map((kind) => (
            <label key={kind}>
              <input type="radio" name="export-what" value={kind} checked={what === kind} onChange={() => setWhat(kind)} />
              {EXPORT_KIND_LABELS[kind]}
            </label>
          ))}
        </fieldset>
      )}
      {phase.kind === 'choosing' && (
        <p className="hint">
          {desktop ? 'You choose the folder next. Existing files are never overwritten.' : 'The files go to the Exports folder beside your workshops folder. Existing files are never overwritten.'}
        </p>
      )}
      {running && (
        <div className="export-progress" aria-live="polite">
          {phase.slow ? (
            <>
              <progress max={Math.max(1, phase.status.total)} value={phase.status.done} aria-label="Export progress" />
              <span>
                {phase.status.done} of {phase.status.total || '…'} files written
              </span>
            </>
          ) : (
            <span>Exporting…</span>
          )}
        </div>
      )}
      {phase.kind === 'failed' && (
        <p className="export-error" role="alert">
          {phase.message}
        </p>
      )}
      {phase.kind === 'done' && (
        <div className="export-done">
          <p role="status">
            {phase.status.files.length === 1 ? 'One file written' : `${phase.status.files.length} files written`} to <code>{phase.status.folder}</code>
          </p>
          <ul className="export-files" aria-label="Written files">
            {phase.status.files.map((file, index) => (
              <li key={file.name}>
                <span className="export-file-name">{file.name}</span>
                <span className="hint">{sizeLabel(file.bytes)}</span>
                {desktop ? (
                  <button type="button" onClick={() => void api.openExport({ jobId: phase.jobId, index })}>
                    Open
                  </button>
                ) : (
                  <button type="button" onClick={() => void download(phase.jobId, index)}>
                    Download
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="modal-actions">
        {phase.kind === 'done' && desktop && (
          <button type="button" onClick={() => void api.openExport({ jobId: phase.jobId, index: null })}>
            Open folder
          </button>
        )}
        {phase.kind !== 'done' && (
          <button type="button" className="primary" onClick={() => void start()} disabled={running} autoFocus>
            Export
          </button>
        )}
        {phase.kind === 'done' && (
          <button type="button" onClick={() => setPhase({ kind: 'choosing' })}>
            Export something else
          </button>
        )}
        <button type="button" onClick={close}>
          {phase.kind === 'done' ? 'Done' : 'Close'}
        </button>
      </div>
    </dialog>
  )
}
