import { useEffect, useMemo, useRef, useState } from 'react'
import { type ImportMapping, guessMapping } from '../../core/import/import-mapping'
import { type DuplicatePolicy, buildImportPlan } from '../../core/import/import-plan'
import type { SpreadsheetGrid } from '../../core/import/spreadsheet-grid'
import { api } from '../api/coalition-api'
import { currentWorkshop } from '../state/workshop-session'
import { ImportMappingTable } from './import-mapping-table'
import { ImportPreview } from './import-preview'
import { registerActions } from './register-store'
import { importOptions, runImport } from './run-import'

const MAX_BYTES = 10 * 1024 * 1024

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

type Step = { kind: 'choose'; error: string | null; busy: boolean } | { kind: 'map' } | { kind: 'preview' }

interface Loaded {
  grid: SpreadsheetGrid
  bytes: Uint8Array
  mapping: ImportMapping
}

/** Import a CSV or XLSX: choose the file, check how its columns are read, see every row's fate, then confirm. */
export function ImportDialog() {
  const dialog = useRef<HTMLDialogElement>(null)
  const [step, setStep] = useState<Step>({ kind: 'choose', error: null, busy: false })
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [duplicates, setDuplicates] = useState<DuplicatePolicy>('merge')
  useEffect(() => dialog.current?.showModal(), [])
  const close = () => registerActions.openDialog(null)

  const read = async (bytes: Uint8Array, fileName: string, sheet: string | null) => {
    setStep({ kind: 'choose', error: null, busy: true })
    const result = await api.readSpreadsheet({ fileName, data: toBase64(bytes), sheet })
    if (!result.ok) {
      setStep({ kind: 'choose', error: result.error.message, busy: false })
      return
    }
    setLoaded({ grid: result.value, bytes, mapping: guessMapping(result.value.rows) })
    setStep({ kind: 'map' })
  }

  const plan = useMemo(() => (loaded ? buildImportPlan(loaded.grid.rows, loaded.mapping, currentWorkshop(), importOptions(duplicates)) : null), [loaded, duplicates])
  const source = loaded?.grid.source

  return (
    <dialog ref={dialog} className="modal import-dialog" aria-labelledby="import-title" onCancel={close}>
      <h2 id="import-title">Import people from a spreadsheet</h2>
      {step.kind === 'choose' && (
        <div className="import-choose">
          <p>Choose a .csv or .xlsx file with one person or group per row. Nothing changes until you confirm on the last step.</p>
          <label className="file-button">
            <span>Choose a file…</span>
            <input
              type="file"
              accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label="Spreadsheet file"
              disabled={step.busy}
              onChange={async (event) => {
                const file = event.target.files?.[0]
                event.target.value = ''
                if (!file) return
                if (file.size > MAX_BYTES) {
                  setStep({ kind: 'choose', error: 'This file is larger than 10 MB, far more than a list of people; nothing was changed.', busy: false })
                  return
                }
                await read(new Uint8Array(await file.arrayBuffer()), file.name, null)
              }}
            />
          </label>
          {step.busy && <p role="status">Reading the file…</p>}
          {step.error && (
            <p className="import-error" role="alert">
              {step.error}
            </p>
          )}
        </div>
      )}
      {step.kind === 'map' && loaded && source && (
        <div className="import-map">
          <p className="source-line" data-testid="import-source">
            <strong>{source.fileName}</strong>
            {source.format === 'csv' && ` · CSV, ${source.encoding}, separated by ${delimiterName(source.delimiter)}`}
            {source.format === 'xlsx' && ` · Excel workbook`}
            {' · '}
            {loaded.grid.rows.length} rows
          </p>
          {source.sheets.length > 1 && (
            <label className="filter">
              <span>Worksheet</span>
              <select value={source.sheet ?? ''} onChange={(e) => void read(loaded.bytes, source.fileName, e.target.value)}>
                {source.sheets.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </label>
          )}
          <h3>Step 1 of 2: how should each column be read?</h3>
          <ImportMappingTable rows={loaded.grid.rows} mapping={loaded.mapping} onChange={(mapping) => setLoaded({ ...loaded, mapping })} />
          {plan?.blocked && (
            <p className="import-error" role="alert">
              {plan.blocked}
            </p>
          )}
        </div>
      )}
      {step.kind === 'preview' && plan && (
        <div className="import-step">
          <h3>Step 2 of 2: check what will happen</h3>
          <ImportPreview plan={plan} duplicates={duplicates} onDuplicates={setDuplicates} />
        </div>
      )}
      <div className="modal-actions">
        <button type="button" onClick={close}>
          Cancel
        </button>
        {step.kind === 'map' && (
          <>
            <button type="button" onClick={() => setStep({ kind: 'choose', error: null, busy: false })}>
              Choose another file
            </button>
            <button type="button" className="primary" disabled={!plan || plan.blocked !== null} onClick={() => setStep({ kind: 'preview' })}>
              Next: preview
            </button>
          </>
        )}
        {step.kind === 'preview' && loaded && plan && (
          <>
            <button type="button" onClick={() => setStep({ kind: 'map' })}>
              Back
            </button>
            <button
              type="button"
              className="primary"
              disabled={plan.counts.add + plan.counts.merge === 0}
              onClick={() => {
                runImport(`Import ${plan.counts.add + plan.counts.merge} people from ${loaded.grid.source.fileName}`, loaded.grid.rows, loaded.mapping, importOptions(duplicates))
                close()
              }}
            >
              Import {plan.counts.add} {plan.counts.add === 1 ? 'person' : 'people'}
              {plan.counts.merge > 0 && `, merge ${plan.counts.merge}`}
            </button>
          </>
        )}
      </div>
    </dialog>
  )
}

function delimiterName(delimiter: string | null): string {
  switch (delimiter) {
    case ';':
      return 'semicolons'
    case '\t':
      return 'tabs'
    case '|':
      return 'bars'
    default:
      return 'commas'
  }
}
