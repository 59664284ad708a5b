import { useState } from 'react'
import { JOURNEY_SIZES } from '../../core/journey/catalog'
import { type JourneyEntryPatch, parseTags, removeJourneyEntry, toggleJourneyStakeholder, updateJourneyEntry } from '../../core/journey/journey-edits'
import type { JourneyEntry } from '../../core/journey/schema'
import { CommitInput } from '../common/commit-input'
import { CommitTextarea } from '../common/commit-textarea'
import { sessionActions, useSessionStore } from '../state/workshop-session'
import { journeyViewActions, useJourneyView } from './journey-store'

const edit = (entry: JourneyEntry, label: string, patch: JourneyEntryPatch) => sessionActions.edit(label, (w) => updateJourneyEntry(w, entry.id, patch))

/** The selected entry, editable, with the people it involved; each finished edit is one undo step. */
export function JourneyEntryDetails() {
  const selectedId = useJourneyView((s) => s.selectedId)
  const entry = useSessionStore((s) => s.session?.history.present.journey.find((e) => e.id === selectedId) ?? null)
  if (!entry) {
    return (
      <aside className="details empty" aria-label="Journey entry">
        <p className="hint">Select a day on the timeline to edit it and link the people involved.</p>
      </aside>
    )
  }
  return (
    <aside className="details" aria-label="Journey entry" data-testid="journey-details">
      <h2 className="visually-hidden">Journey entry</h2>
      <div className="field">
        <label htmlFor="journey-title">Title</label>
        <CommitInput id="journey-title" className="name-input" value={entry.title} maxLength={200} onCommit={(title) => title.trim() && edit(entry, 'Change the title of a journey entry', { title })} />
      </div>
      <div className="field">
        <label htmlFor="journey-date">Day</label>
        <CommitInput id="journey-date" type="date" className="date-input" value={entry.date} onCommit={(date) => date && edit(entry, 'Change the day of a journey entry', { date })} />
      </div>
      <fieldset className="field">
        <legend>Kind of day</legend>
        <div className="segmented">
          {(['big', 'small'] as const).map((size) => (
            <button key={size} type="button" aria-pressed={entry.size === size} onClick={() => edit(entry, `Mark “${entry.title}” as a ${JOURNEY_SIZES[size].label.toLowerCase()}`, { size })}>
              {JOURNEY_SIZES[size].label}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="journey-story">Story</label>
        <CommitTextarea id="journey-story" rows={5} maxLength={5000} value={entry.story} onCommit={(story) => edit(entry, 'Change the story of a journey entry', { story })} />
      </div>
      <div className="field">
        <label htmlFor="journey-tags">Tags (comma separated)</label>
        <CommitInput id="journey-tags" value={entry.tags.join(', ')} onCommit={(line) => edit(entry, 'Change the tags of a journey entry', { tags: parseTags(line) })} />
      </div>
      <LinkedPeople entry={entry} />
      <div className="details-actions">
        <button
          type="button"
          className="danger"
          onClick={() => {
            sessionActions.edit(`Delete “${entry.title}” from the journey`, (w) => removeJourneyEntry(w, entry.id))
            journeyViewActions.select(null)
          }}
        >
          Delete entry
        </button>
      </div>
    </aside>
  )
}

function LinkedPeople({ entry }: { entry: JourneyEntry }) {
  const stakeholders = useSessionStore((s) => s.session?.history.present.stakeholders)
  const [filter, setFilter] = useState('')
  if (!stakeholders) return null
  const needle = filter.trim().toLocaleLowerCase()
  const linked = new Set(entry.stakeholderIds)
  // Linked people first, so the answer to "who was there" is visible without scrolling.
  const shown = stakeholders
    .filter((s) => !needle || s.name.toLocaleLowerCase().includes(needle) || s.unit.toLocaleLowerCase().includes(needle))
    .sort((a, b) => Number(linked.has(b.id)) - Number(linked.has(a.id)))
  return (
    <fieldset className="field">
      <legend>People involved ({entry.stakeholderIds.length})</legend>
      <input aria-label="Find a stakeholder" placeholder="Find by name or unit" value={filter} onChange={(event) => setFilter(event.target.value)} />
      <ul className="people-picker">
        {shown.map((s) => (
          <li key={s.id}>
            <label>
              <input type="checkbox" checked={linked.has(s.id)} onChange={() => sessionActions.edit(`${linked.has(s.id) ? 'Unlink' : 'Link'} ${s.name}`, (w) => toggleJourneyStakeholder(w, entry.id, s.id))} />
              <span>{s.name}</span>
              {s.unit && <span className="hint">{s.unit}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
