import { QUADRANTS, quadrantOf } from '../../core/map/quadrant'
import { type StakeholderPatch, removeFromMap, updateStakeholder } from '../../core/workshop/stakeholder-edits'
import type { Stakeholder } from '../../core/workshop/schema'
import { runAction } from '../actions/action-handlers'
import { CommitInput } from '../common/commit-input'
import { useDragPreview } from '../map/drag-preview-store'
import { DesiredPositionField } from '../plan/desired-position-field'
import { sessionActions, useSelectedStakeholder } from '../state/workshop-session'
import { AttitudePicker } from './attitude-picker'

const edit = (s: Stakeholder, label: string, patch: StakeholderPatch) =>
  sessionActions.edit(`${label} of ${s.name}`, (w) => updateStakeholder(w, s.id, patch))

/** Everything about the selected stakeholder, editable; each finished edit is one undo step. */
export function DetailsPanel() {
  const stakeholder = useSelectedStakeholder()
  const preview = useDragPreview()
  if (!stakeholder) {
    return (
      <aside className="details empty" aria-label="Stakeholder details">
        <p className="hint">Select someone on the map or in the list to see and edit their details.</p>
      </aside>
    )
  }
  const liveQuadrant = preview.id === stakeholder.id ? preview.quadrant : stakeholder.position ? quadrantOf(stakeholder.position) : null
  return (
    <aside className="details" aria-label="Stakeholder details" data-testid="details-panel">
      <h2 className="visually-hidden">Details</h2>
      <div className="field">
        <label htmlFor="details-name">Name</label>
        <CommitInput
          id="details-name"
          className="name-input"
          value={stakeholder.name}
          maxLength={200}
          onCommit={(name) => name.trim() && edit(stakeholder, 'Rename', { name: name.trim() })}
        />
      </div>
      <p className="quadrant-badge" data-testid="details-quadrant" style={liveQuadrant ? { borderColor: QUADRANTS[liveQuadrant].accent, color: QUADRANTS[liveQuadrant].accent } : undefined}>
        {liveQuadrant ? QUADRANTS[liveQuadrant].name : 'Not on the map'}
      </p>
      {stakeholder.position && (
        <p className="coordinates">
          Influence {Math.round(stakeholder.position.influence)} · Interest {Math.round(stakeholder.position.interest)}
        </p>
      )}
      <DesiredPositionField stakeholder={stakeholder} />
      <div className="field">
        <label htmlFor="details-role">Role</label>
        <CommitInput id="details-role" value={stakeholder.role} maxLength={200} onCommit={(role) => edit(stakeholder, 'Change role', { role })} />
      </div>
      <div className="field">
        <label htmlFor="details-unit">Business unit</label>
        <CommitInput id="details-unit" value={stakeholder.unit} maxLength={200} onCommit={(unit) => edit(stakeholder, 'Change unit', { unit })} />
      </div>
      <AttitudePicker value={stakeholder.attitude} onPick={(attitude) => edit(stakeholder, 'Change attitude', { attitude })} />
      <fieldset className="field">
        <legend>Kind</legend>
        <div className="segmented">
          {(['person', 'group'] as const).map((kind) => (
            <button key={kind} type="button" aria-pressed={stakeholder.kind === kind} onClick={() => edit(stakeholder, 'Change kind', { kind })}>
              {kind === 'person' ? 'Person' : 'Group'}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="details-owner">Engagement owner</label>
        <CommitInput id="details-owner" value={stakeholder.owner} maxLength={200} onCommit={(owner) => edit(stakeholder, 'Change owner', { owner })} />
      </div>
      <div className="field">
        <label htmlFor="details-tags">Tags (comma separated)</label>
        <CommitInput
          id="details-tags"
          value={stakeholder.tags.join(', ')}
          onCommit={(value) =>
            edit(stakeholder, 'Change tags', {
              tags: [...new Set(value.split(',').map((t) => t.trim().slice(0, 50)).filter(Boolean))].slice(0, 30),
            })
          }
        />
      </div>
      <div className="details-actions">
        {stakeholder.position && (
          <button type="button" onClick={() => sessionActions.edit(`Take ${stakeholder.name} off the map`, (w) => removeFromMap(w, stakeholder.id))}>
            Take off the map
          </button>
        )}
        <button type="button" className="danger" aria-keyshortcuts="Delete" onClick={() => runAction({ actionId: 'edit.delete' })}>
          Delete
        </button>
      </div>
    </aside>
  )
}
