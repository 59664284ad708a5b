import { CommitmentEditor } from './commitment-editor'
import { LeaderList } from './leader-list'
import './leaders.css'
import { LEADERS_VIEWS, leadersViewActions, useLeadersView } from './leaders-view-store'
import { MentoringPanel } from './mentoring-panel'
import { TacticMatrix } from './tactic-matrix'
import { StakeholderNames, useWorkshop } from './use-workshop'

/** Leaders & commitments: who the leaders are and what they do, reverse mentoring, and the documents they sign. */
export function LeadersScreen() {
  const view = useLeadersView((s) => s.view)
  const workshop = useWorkshop()
  return (
    <div className="leaders-screen form-controls">
      <nav className="leaders-tabs" aria-label="Leaders views">
        {LEADERS_VIEWS.map((v) => (
          <button key={v.id} type="button" aria-current={v.id === view ? 'page' : undefined} onClick={() => leadersViewActions.show(v.id)}>
            {v.label}
          </button>
        ))}
      </nav>
      <div className="leaders-body">
        {view === 'leaders' && <LeaderList />}
        {view === 'matrix' && <TacticMatrix />}
        {view === 'mentoring' && <MentoringPanel />}
        {view === 'commitments' && <CommitmentEditor />}
      </div>
      <StakeholderNames workshop={workshop} />
    </div>
  )
}
