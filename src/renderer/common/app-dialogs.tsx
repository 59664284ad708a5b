import { useEffect, useRef } from 'react'
import { APP_ACTIONS, type MenuSection } from '../../core/app-actions'
import type { AppInfo } from '../../core/ipc-contract'
import { formatShortcut } from '../actions/shortcuts'
import { sectionName } from '../palette/palette-search'
import '../palette/shortcut-sheet.css'
import { appActions, useAppStore } from '../state/app-store'

const SECTION_ORDER: readonly MenuSection[] = ['map', 'view', 'edit', 'file', 'help']
/** The cheat sheet: every action that has a key, grouped as in the menus, the map first. */
const SHORTCUT_SECTIONS = SECTION_ORDER.map((section) => [section, APP_ACTIONS.filter((a) => a.section === section && a.shortcuts.length > 0)] as const)

/** The keyboard cheat sheet and the About box. */
export function AppDialogs({ info }: { info: AppInfo | null }) {
  const dialog = useAppStore((s) => s.dialog)
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    if (dialog) ref.current?.showModal()
    else ref.current?.close()
  }, [dialog])
  const close = () => appActions.openDialog(null)
  return (
    <dialog ref={ref} className="modal wide" aria-labelledby="app-dialog-title" onClose={close}>
      {dialog === 'shortcuts' && (
        <>
          <h2 id="app-dialog-title">Keyboard shortcuts</h2>
          <p className="hint">Ctrl+K (⌘K on a Mac) finds every action by name, shortcut or not.</p>
          <div className="shortcut-columns">
            {SHORTCUT_SECTIONS.map(([section, actions]) => (
              <table key={section} className="shortcut-table">
                <caption>{sectionName(section)}</caption>
                <tbody>
                  {actions.map((a) => (
                    <tr key={a.id}>
                      <td>{a.label}</td>
                      <td>
                        {a.shortcuts.map((s) => (
                          <kbd key={s}>{formatShortcut(s)}</kbd>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </div>
        </>
      )}
      {dialog === 'about' && (
        <>
          <h2 id="app-dialog-title">Coalition {info?.version}</h2>
          <p>An offline studio for change workshops: the stakeholder map, the engagement plan, leaders' commitments and the change network.</p>
          <p>
            Workshops are saved in <code>{info?.workshopsDir}</code>
          </p>
        </>
      )}
      <div className="modal-actions">
        <button type="button" className="primary" onClick={close} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  )
}
