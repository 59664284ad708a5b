import { ChampionBoard } from './champion-board'
import { ChampionDetails } from './champion-details'
import { NetworkPlan } from './network-plan'
import { networkViewActions, useNetworkView } from './network-store'
import './network.css'

const VIEWS = [
  { id: 'champions', label: 'Champions' },
  { id: 'plan', label: 'Plan and feedback' },
] as const

/** The change network: the champions' pipeline and coverage, or the plan that runs the network. */
export function NetworkScreen() {
  const view = useNetworkView((s) => s.view)
  return (
    <div className="network-screen form-controls">
      <nav className="sub-tabs" aria-label="Network views">
        {VIEWS.map((v) => (
          <button key={v.id} type="button" aria-current={v.id === view ? 'page' : undefined} onClick={() => networkViewActions.show(v.id)}>
            {v.label}
          </button>
        ))}
      </nav>
      {view === 'champions' ? (
        <div className="network-champions">
          <ChampionBoard />
          <ChampionDetails />
        </div>
      ) : (
        <NetworkPlan />
      )}
    </div>
  )
}
