import { registerCsv, registerCsvFileName } from '../../core/register/register-csv'
import { currentWorkshop } from '../state/workshop-session'
import { IdentificationPanel } from './identification-panel'
import { ImportDialog } from './import-dialog'
import { PasteDialog } from './paste-dialog'
import { RegisterFilters } from './register-filters'
import { registerActions, useRegisterStore } from './register-store'
import { RegisterTable } from './register-table'
import { StakeholderProfile } from './stakeholder-profile'
import './register.css'

/** Offers the register as a CSV download; the browser (or Electron's save dialog) decides where it goes. */
function downloadRegister(): void {
  const workshop = currentWorkshop()
  const url = URL.createObjectURL(new Blob([registerCsv(workshop)], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = registerCsvFileName(workshop.title)
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The stakeholders section: the four identification questions, or the register table, beside the selected person's profile. */
export function StakeholdersScreen() {
  const view = useRegisterStore((s) => s.view)
  const dialog = useRegisterStore((s) => s.dialog)
  const lastResult = useRegisterStore((s) => s.lastResult)
  return (
    <div className="stakeholders-screen">
      <div className="stakeholders-toolbar">
        <div className="segmented" role="group" aria-label="View">
          <button type="button" aria-pressed={view === 'identify'} onClick={() => registerActions.showView('identify')}>
            Identify
          </button>
          <button type="button" aria-pressed={view === 'register'} onClick={() => registerActions.showView('register')}>
            Register
          </button>
        </div>
        <p className="last-result" role="status" data-testid="import-result">
          {lastResult}
        </p>
        <div className="toolbar-actions">
          <button type="button" onClick={() => registerActions.openDialog('import')}>
            Import spreadsheet…
          </button>
          <button type="button" onClick={() => registerActions.openDialog('paste')}>
            Paste names…
          </button>
          <button type="button" onClick={downloadRegister}>
            Export CSV
          </button>
        </div>
      </div>
      <div className="stakeholders-body">
        <div className="stakeholders-main">
          {view === 'register' ? (
            <>
              <RegisterFilters />
              <RegisterTable />
            </>
          ) : (
            <IdentificationPanel />
          )}
        </div>
        <StakeholderProfile />
      </div>
      {dialog === 'import' && <ImportDialog />}
      {dialog === 'paste' && <PasteDialog />}
    </div>
  )
}
