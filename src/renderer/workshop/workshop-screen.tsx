import { redoLabel, undoLabel } from '../../core/history'
import { updateWorkshopDetails } from '../../core/workshop/workshop-edits'
import { CommitInput } from '../common/commit-input'
import { ExportDialog } from '../exports/export-dialog'
import { exportDialogActions } from '../exports/export-store'
import { JourneyScreen } from '../journey/journey-screen'
import { LeadersScreen } from '../leaders/leaders-screen'
import { MapScreen } from '../map/map-screen'
import { NetworkScreen } from '../network/network-screen'
import { PlanScreen } from '../plan/plan-screen'
import { TrackingScreen } from '../plan/tracking-screen'
import { PresentationScreen } from '../presentation/presentation-screen'
import { usePresentation } from '../presentation/presentation-store'
import { StakeholdersScreen } from '../register/stakeholders-screen'
import { appActions, useAppStore } from '../state/app-store'
import { goHome } from '../state/workshop-lifecycle'
import { sessionActions, useSessionStore } from '../state/workshop-session'
import { VotingScreen } from '../voting/voting-screen'
import { SaveIndicator } from './save-indicator'

/** The sections of a workshop, in the order of the tabs. */
export const SECTIONS = [
  { id: 'map', label: 'Map', render: () => <MapScreen /> },
  { id: 'stakeholders', label: 'Stakeholders', render: () => <StakeholdersScreen /> },
  { id: 'plan', label: 'Plan', render: () => <PlanScreen /> },
  { id: 'tracking', label: 'Tracking', render: () => <TrackingScreen /> },
  { id: 'leaders', label: 'Leaders', render: () => <LeadersScreen /> },
  { id: 'network', label: 'Network', render: () => <NetworkScreen /> },
  { id: 'journey', label: 'Journey', render: () => <JourneyScreen /> },
  { id: 'votes', label: 'Votes', render: () => <VotingScreen /> },
] as const

/** An open workshop: its title, sections, undo/redo and save state on top, the section below. */
export function WorkshopScreen() {
  const title = useSessionStore((s) => s.session?.history.present.title ?? '')
  const history = useSessionStore((s) => s.session?.history)
  const message = useSessionStore((s) => s.session?.saveError?.message ?? null)
  const section = useAppStore((s) => s.section)
  const current = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0]
  const undoText = history ? undoLabel(history) : null
  const redoText = history ? redoLabel(history) : null
  const presenting = usePresentation((s) => s.active)
  if (presenting) return <PresentationScreen />
  return (
    <div className="workshop">
      <header className="workshop-header">
        <button type="button" className="home-button" onClick={() => void goHome()} title="All workshops">
          ← Workshops
        </button>
        <CommitInput
          className="title-input"
          aria-label="Workshop title"
          value={title}
          maxLength={200}
          onCommit={(next) => next.trim() && sessionActions.edit('Change the title', (w) => updateWorkshopDetails(w, { title: next.trim() }))}
        />
        <nav className="section-tabs" aria-label="Workshop sections">
          {SECTIONS.map((s) => (
            <button key={s.id} type="button" aria-current={s.id === current.id ? 'page' : undefined} onClick={() => appActions.showSection(s.id)}>
              {s.label}
            </button>
          ))}
        </nav>
        <div className="history-buttons">
          <button type="button" onClick={sessionActions.undo} disabled={!undoText} title={undoText ? `Undo: ${undoText}` : 'Nothing to undo'} aria-label="Undo">
            ↶ Undo
          </button>
          <button type="button" onClick={sessionActions.redo} disabled={!redoText} title={redoText ? `Redo: ${redoText}` : 'Nothing to redo'} aria-label="Redo">
            ↷ Redo
          </button>
        </div>
        <button type="button" onClick={exportDialogActions.open} title="Export PDFs and the register">
          Export…
        </button>
        <SaveIndicator />
      </header>
      {message && (
        <div className="banner error" role="alert">
          {message}
        </div>
      )}
      <div className="workshop-body">{current.render()}</div>
      <ExportDialog />
    </div>
  )
}
