import { QUADRANTS, QUADRANT_IDS } from '../../core/map/quadrant'
import { ACTIVITY_STATUS_INFO, ACTIVITY_TYPE_INFO } from '../../core/plan/catalog'
import { type ActivityPatch, activityTargets, removeActivity, updateActivity } from '../../core/plan/plan-rules'
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, type Activity, type ActivityStatus, type ActivityType } from '../../core/plan/schema'
import { CommitInput } from '../common/commit-input'
import { sessionActions, useSessionStore } from '../state/workshop-session'
import { CommitTextarea } from '../common/commit-textarea'
import { planViewActions, usePlanView } from './plan-view-store'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** Everything about the selected activity, editable; each finished edit is one undo step. */
export function ActivityEditor() {
  const selectedId = usePlanView((s) => s.selectedActivityId)
  const workshop = useSessionStore((s) => s.session?.history.present)
  const activity = workshop?.plan.activities.find((a) => a.id === selectedId)
  if (!workshop || !activity) {
    return (
      <aside className="activity-editor empty" aria-label="Activity details">
        <p className="hint">Select an activity on the board to edit it, or add one for a quadrant with “+ Activity”.</p>
      </aside>
    )
  }
  const edit = (label: string, patch: ActivityPatch) => sessionActions.edit(`${label} of ${activity.title}`, (w) => updateActivity(w, activity.id, patch))
  const reached = activityTargets(workshop, activity)
  const named = new Set(activity.stakeholderIds)
  const others = workshop.stakeholders.filter((s) => !named.has(s.id))
  const datesBackwards = activity.startDate && activity.dueDate && activity.dueDate < activity.startDate
  return (
    <aside className="activity-editor" aria-label="Activity details" data-testid="activity-editor">
      <div className="field">
        <label htmlFor="activity-title">Activity</label>
        <CommitInput
          id="activity-title"
          className="name-input"
          value={activity.title}
          maxLength={200}
          onCommit={(title) => title.trim() && edit('Rename', { title: title.trim() })}
        />
      </div>
      <div className="field">
        <label htmlFor="activity-type">Kind</label>
        <select id="activity-type" value={activity.type} onChange={(e) => edit('Change the kind', { type: e.target.value as ActivityType })}>
          {ACTIVITY_TYPES.map((t) => (
            <option key={t} value={t}>
              {ACTIVITY_TYPE_INFO[t].label}
            </option>
          ))}
        </select>
        <p className="hint">{ACTIVITY_TYPE_INFO[activity.type].description}</p>
      </div>
      {activity.type === 'custom' && (
        <div className="field">
          <label htmlFor="activity-custom-type">Name of the kind</label>
          <CommitInput id="activity-custom-type" value={activity.customType} maxLength={200} onCommit={(customType) => edit('Name the kind', { customType: customType.trim() })} />
        </div>
      )}
      <fieldset className="field">
        <legend>Whole quadrants</legend>
        <div className="quadrant-toggles">
          {QUADRANT_IDS.map((q) => {
            const on = activity.quadrants.includes(q)
            return (
              <button
                key={q}
                type="button"
                aria-pressed={on}
                style={{ borderColor: QUADRANTS[q].accent }}
                onClick={() => edit(on ? `Stop targeting the ${QUADRANTS[q].name}` : `Target the ${QUADRANTS[q].name}`, { quadrants: on ? activity.quadrants.filter((x) => x !== q) : [...activity.quadrants, q] })}
              >
                {QUADRANTS[q].name}
              </button>
            )
          })}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="activity-add-person">People</label>
        <ul className="person-tags" aria-label="People this activity names">
          {activity.stakeholderIds.map((id) => {
            const person = workshop.stakeholders.find((s) => s.id === id)
            return (
              <li key={id}>
                {person?.name ?? id}
                <button type="button" aria-label={`Remove ${person?.name ?? id}`} onClick={() => edit('Remove a person', { stakeholderIds: activity.stakeholderIds.filter((x) => x !== id) })}>
                  ×
                </button>
              </li>
            )
          })}
        </ul>
        <select
          id="activity-add-person"
          value=""
          onChange={(e) => e.target.value && edit('Add a person', { stakeholderIds: [...activity.stakeholderIds, e.target.value] })}
        >
          <option value="">Add a person…</option>
          {others.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <p className="hint" data-testid="activity-reach">
          Reaches {reached.length === 1 ? '1 person' : `${reached.length} people`}
          {reached.length > 0 && reached.length <= 8 ? `: ${reached.map((s) => s.name).join(', ')}` : ''}
        </p>
      </div>
      <div className="field">
        <label htmlFor="activity-status">Status</label>
        <select id="activity-status" value={activity.status} onChange={(e) => edit('Change the status', { status: e.target.value as ActivityStatus })}>
          {ACTIVITY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ACTIVITY_STATUS_INFO[s].label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="activity-owner">Owner</label>
        <CommitInput id="activity-owner" value={activity.owner} maxLength={200} onCommit={(owner) => edit('Change the owner', { owner: owner.trim() })} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="activity-cadence">Cadence</label>
          <CommitInput id="activity-cadence" value={activity.cadence} maxLength={200} onCommit={(cadence) => edit('Change the cadence', { cadence: cadence.trim() })} />
        </div>
        <div className="field">
          <label htmlFor="activity-channel">Channel</label>
          <CommitInput id="activity-channel" value={activity.channel} maxLength={200} onCommit={(channel) => edit('Change the channel', { channel: channel.trim() })} />
        </div>
      </div>
      <div className="field-row">
        <DateField id="activity-start" label="Start" value={activity.startDate} onChange={(startDate) => edit('Change the start date', { startDate })} />
        <DateField id="activity-due" label="Due" value={activity.dueDate} onChange={(dueDate) => edit('Change the due date', { dueDate })} />
      </div>
      {datesBackwards && (
        <p className="hint warn-text" role="status">
          The due date is before the start date.
        </p>
      )}
      <div className="field">
        <label htmlFor="activity-notes">Notes</label>
        <CommitTextarea id="activity-notes" value={activity.notes} rows={3} maxLength={5000} onCommit={(notes) => edit('Change the notes', { notes })} />
      </div>
      <div className="details-actions">
        <button
          type="button"
          className="danger"
          onClick={() => {
            sessionActions.edit(`Delete ${activity.title}`, (w) => removeActivity(w, activity.id))
            planViewActions.select(null)
          }}
        >
          Delete activity
        </button>
      </div>
    </aside>
  )
}

function DateField({ id, label, value, onChange }: { id: string; label: string; value: Activity['startDate']; onChange(value: string | null): void }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value ?? ''}
        onChange={(e) => {
          const next = e.target.value
          if (next === '') onChange(null)
          else if (ISO_DATE.test(next)) onChange(next)
        }}
      />
    </div>
  )
}
