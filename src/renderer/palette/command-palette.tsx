import { useMemo, useRef, useState } from 'react'
import { APP_ACTIONS, type AppActionId } from '../../core/app-actions'
import { ACTION_HANDLERS, runAction } from '../actions/action-handlers'
import { formatShortcut } from '../actions/shortcuts'
import { useDialogOpen } from '../common/use-dialog-open'
import './command-palette.css'
import { sectionName, searchActions } from './palette-search'
import { paletteActions, usePalette } from './palette-store'

const LIST_ID = 'palette-actions'
const optionId = (id: string) => `palette-${id.replace('.', '-')}`
const LISTED = APP_ACTIONS.filter((a) => a.id !== 'help.palette')

/** Ctrl/Cmd+K: every action of the shared registry, searchable, with its shortcut; Enter runs it. */
export function CommandPalette() {
  const open = usePalette((s) => s.open)
  const ref = useRef<HTMLDialogElement>(null)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const chosen = useRef<AppActionId | null>(null)
  useDialogOpen(ref, open)
  // Asked while the palette opens, before it takes the focus, so map actions read the map's focus.
  const enabled = useMemo(() => (open ? new Set(LISTED.filter((a) => ACTION_HANDLERS[a.id].enabled()).map((a) => a.id)) : new Set<string>()), [open])
  const results = searchActions(LISTED, query)
  const current = results[Math.min(active, results.length - 1)]

  const choose = (id: AppActionId) => {
    if (!enabled.has(id)) return
    chosen.current = id
    ref.current?.close()
  }

  return (
    <dialog
      ref={ref}
      className="modal palette"
      aria-label="Command palette"
      onClose={() => {
        paletteActions.close()
        setQuery('')
        setActive(0)
        const id = chosen.current
        chosen.current = null
        // Run after the dialog has given the focus back, so the action sees the screen as it was.
        if (id) runAction({ actionId: id })
      }}
    >
      <input
        className="palette-input"
        role="combobox"
        aria-label="Search actions"
        aria-expanded="true"
        aria-controls={LIST_ID}
        aria-activedescendant={current ? optionId(current.id) : undefined}
        aria-autocomplete="list"
        placeholder="Type to find an action…"
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault()
            const step = event.key === 'ArrowDown' ? 1 : -1
            setActive((i) => (Math.min(i, results.length - 1) + step + results.length) % Math.max(1, results.length))
          } else if (event.key === 'Enter') {
            event.preventDefault()
            if (current) choose(current.id)
          }
        }}
      />
      <ul id={LIST_ID} role="listbox" aria-label="Actions" className="palette-list" data-testid="palette-list">
        {results.map((a) => (
          <li
            key={a.id}
            id={optionId(a.id)}
            role="option"
            aria-selected={a === current}
            aria-disabled={!enabled.has(a.id)}
            className={a === current ? 'active' : undefined}
            onMouseMove={() => setActive(results.indexOf(a))}
            onClick={() => choose(a.id)}
          >
            <span className="palette-section">{sectionName(a.section)}</span>
            <span className="palette-label">{a.label}</span>
            <span className="palette-keys">
              {a.shortcuts.map((s) => (
                <kbd key={s}>{formatShortcut(s)}</kbd>
              ))}
            </span>
          </li>
        ))}
        {results.length === 0 && <li className="palette-empty">No action matches “{query}”.</li>}
      </ul>
      <p className="hint">↑ ↓ to choose, Enter to run, Esc to close. Greyed actions do not apply right now.</p>
    </dialog>
  )
}
