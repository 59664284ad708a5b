import { CHAMPION_CRITERIA, STAGE_CATALOG } from '../../core/network/catalog'
import { type ChampionPatch, removeChampion, updateChampion } from '../../core/network/network-edits'
import { CHAMPION_STAGES, type Champion } from '../../core/network/schema'
import { CommitInput } from '../common/commit-input'
import { CommitTextarea } from '../common/commit-textarea'
import { sessionActions, useSessionStore } from '../state/workshop-session'
import { moveChampionTo } from './champion-board'
import { networkViewActions, useNetworkView } from './network-store'

const edit = (c: Champion, label: string, patch: ChampionPatch) => sessionActions.edit(`${label} of ${c.name}`, (w) => updateChampion(w, c.id, patch))

/** Everything about the selected champion, editable; each finished edit is one undo step. */
export function ChampionDetails() {
  const selectedId = useNetworkView((s) => s.selectedId)
  const champion = useSessionStore((s) => s.session?.history.present.network.champions.find((c) => c.id === selectedId) ?? null)
  const source = useSessionStore((s) => (champion?.stakeholderId ? s.session?.history.present.stakeholders.find((p) => p.id === champion.stakeholderId) : null))
  if (!champion) {
    return (
      <aside className="details empty" aria-label="Champion details">
        <p className="hint">Select a champion on the board to see and edit their details.</p>
      </aside>
    )
  }
  return (
    <aside className="details" aria-label="Champion details" data-testid="champion-details">
      <h2 className="visually-hidden">Champion</h2>
      <div className="field">
        <label htmlFor="champion-details-name">Name</label>
        <CommitInput id="champion-details-name" className="name-input" value={champion.name} maxLength={200} onCommit={(name) => name.trim() && edit(champion, 'Rename', { name })} />
      </div>
      <p className="hint">{source ? `Picked from the stakeholders (${source.role || 'no role given'}).` : 'Added by name; not on the stakeholder map.'}</p>
      <div className="field">
        <label htmlFor="champion-details-unit">Business unit</label>
        <CommitInput id="champion-details-unit" value={champion.unit} maxLength={200} list="network-units" onCommit={(unit) => edit(champion, 'Change unit', { unit })} />
      </div>
      <fieldset className="field">
        <legend>Criteria</legend>
        <div className="segmented">
          {(['respected', 'willing'] as const).map((key) => (
            <button
              key={key}
              type="button"
              aria-pressed={champion[key]}
              title={CHAMPION_CRITERIA[key].description}
              onClick={() => edit(champion, `Mark ${CHAMPION_CRITERIA[key].label.toLowerCase()}`, { [key]: !champion[key] })}
            >
              {champion[key] ? '✓ ' : ''}
              {CHAMPION_CRITERIA[key].label}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>Stage</legend>
        <div className="segmented wrap">
          {CHAMPION_STAGES.map((stage) => (
            <button key={stage} type="button" aria-pressed={champion.stage === stage} onClick={() => champion.stage !== stage && moveChampionTo(champion, stage)}>
              {STAGE_CATALOG[stage].label}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>Dates</legend>
        <div className="stage-dates">
          {CHAMPION_STAGES.map((stage) => (
            <label key={stage}>
              <span>{STAGE_CATALOG[stage].label}</span>
              <CommitInput
                type="date"
                value={champion.stageDates[stage] ?? ''}
                aria-label={`Day ${champion.name} was ${STAGE_CATALOG[stage].label.toLowerCase()}`}
                onCommit={(day) => edit(champion, `Change the ${STAGE_CATALOG[stage].label.toLowerCase()} date`, { stageDates: { [stage]: day || null } })}
              />
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="champion-details-notes">Notes</label>
        <CommitTextarea id="champion-details-notes" rows={3} maxLength={5000} value={champion.notes} onCommit={(notes) => edit(champion, 'Change notes', { notes })} />
      </div>
      <div className="details-actions">
        <button
          type="button"
          className="danger"
          onClick={() => {
            sessionActions.edit(`Remove ${champion.name} from the network`, (w) => removeChampion(w, champion.id))
            networkViewActions.select(null)
          }}
        >
          Remove from the network
        </button>
      </div>
    </aside>
  )
}
