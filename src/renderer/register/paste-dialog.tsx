import { useEffect, useMemo, useRef, useState } from 'react'
import { type ImportMapping, guessMapping } from '../../core/import/import-mapping'
import { type DuplicatePolicy, buildImportPlan } from '../../core/import/import-plan'
import { rowsFromPastedText } from '../../core/import/paste'
import { currentWorkshop } from '../state/workshop-session'
import { ImportMappingTable } from './import-mapping-table'
import { ImportPreview } from './import-preview'
import { registerActions } from './register-store'
import { importOptions, runImport } from './run-import'

/** Paste a column of names, or cells copied from a spreadsheet; the preview updates as you type. */
export function PasteDialog() {
  const dialog = useRef<HTMLDialogElement>(null)
  const [text, setText] = useState('')
  const [override, setOverride] = useState<{ text: string; mapping: ImportMapping } | null>(null)
  const [duplicates, setDuplicates] = useState<DuplicatePolicy>('merge')
  useEffect(() => dialog.current?.showModal(), [])
  const close = () => registerActions.openDialog(null)

  const rows = useMemo(() => rowsFromPastedText(text), [text])
  // A mapping the user changed holds until the text changes; then it is guessed again.
  const guessed = useMemo(() => guessMapping(rows), [rows])
  const mapping = override?.text === text ? override.mapping : guessed
  const plan = useMemo(() => (text.trim() ? buildImportPlan(rows, mapping, currentWorkshop(), importOptions(duplicates)) : null), [rows, mapping, duplicates, text])
  const count = plan ? plan.counts.add + plan.counts.merge : 0

  return (
    <dialog ref={dialog} className="modal import-dialog" aria-labelledby="paste-title" onCancel={close}>
      <h2 id="paste-title">Paste names</h2>
      <label htmlFor="paste-text">One name a line, or rows copied from a spreadsheet (the cells arrive separated by tabs)</label>
      <textarea id="paste-text" className="paste-text" rows={8} value={text} autoFocus onChange={(e) => setText(e.target.value)} />
      {plan && (rows[0]?.length ?? 0) > 1 && <ImportMappingTable rows={rows} mapping={mapping} onChange={(next) => setOverride({ text, mapping: next })} />}
      {plan?.blocked && (
        <p className="import-error" role="alert">
          {plan.blocked}
        </p>
      )}
      {plan && !plan.blocked && <ImportPreview plan={plan} duplicates={duplicates} onDuplicates={setDuplicates} />}
      <div className="modal-actions">
        <button type="button" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={count === 0}
          onClick={() => {
            runImport(`Add ${count} pasted ${count === 1 ? 'person' : 'people'}`, rows, mapping, importOptions(duplicates))
            close()
          }}
        >
          Add {count} {count === 1 ? 'person' : 'people'}
        </button>
      </div>
    </dialog>
  )
}
