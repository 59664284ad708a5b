import { format } from 'date-fns'
import { useMemo } from 'react'
import { JOURNEY_SIZES } from '../../core/journey/catalog'
import { timelineByMonth } from '../../core/journey/journey-edits'
import type { JourneyEntry } from '../../core/journey/schema'
import type { Stakeholder } from '../../core/workshop/schema'
import { formatDay } from '../common/today'
import { useSessionStore } from '../state/workshop-session'
import { journeyViewActions, useJourneyView } from './journey-store'

const monthTitle = (month: string) => format(new Date(`${month}-15T12:00:00`), 'MMMM yyyy')

/** The journey oldest first, month by month; big days stand out, and a tag narrows the view. */
export function JourneyTimeline() {
  const journey = useSessionStore((s) => s.session?.history.present.journey)
  const stakeholders = useSessionStore((s) => s.session?.history.present.stakeholders)
  const { selectedId, tag: chosenTag } = useJourneyView()
  const names = useMemo(() => new Map((stakeholders ?? []).map((s: Stakeholder) => [s.id, s.name])), [stakeholders])
  const allTags = useMemo(() => [...new Set((journey ?? []).flatMap((e) => e.tags))].sort((a, b) => a.localeCompare(b)), [journey])
  // A tag chosen in another workshop, or removed since, filters nothing.
  const tag = chosenTag !== null && allTags.includes(chosenTag) ? chosenTag : null
  const months = useMemo(() => timelineByMonth((journey ?? []).filter((e) => !tag || e.tags.includes(tag))), [journey, tag])
  if (!journey) return null
  const big = journey.filter((e) => e.size === 'big').length
  return (
    <section className="journey-timeline" aria-labelledby="timeline-heading">
      <div className="timeline-head">
        <h2 id="timeline-heading">The journey so far</h2>
        <p className="hint">
          {big} big {big === 1 ? 'day' : 'days'}, {journey.length - big} small {journey.length - big === 1 ? 'day' : 'days'}
        </p>
      </div>
      {allTags.length > 0 && (
        <div className="tag-filter" role="group" aria-label="Show only entries tagged">
          <button type="button" aria-pressed={tag === null} onClick={() => journeyViewActions.filter(null)}>
            All
          </button>
          {allTags.map((t) => (
            <button key={t} type="button" aria-pressed={tag === t} onClick={() => journeyViewActions.filter(tag === t ? null : t)}>
              #{t}
            </button>
          ))}
        </div>
      )}
      {months.length === 0 ? (
        <p className="hint">{journey.length === 0 ? 'Nothing written yet. Add the first day above.' : 'No entry has this tag.'}</p>
      ) : (
        <ol className="timeline" data-testid="journey-timeline">
          {months.map((m) => (
            <li key={m.month} className="timeline-month">
              <h3>{monthTitle(m.month)}</h3>
              <ol>
                {m.entries.map((entry) => (
                  <TimelineEntry key={entry.id} entry={entry} names={names} selected={entry.id === selectedId} />
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

function TimelineEntry({ entry, names, selected }: { entry: JourneyEntry; names: Map<string, string>; selected: boolean }) {
  const people = entry.stakeholderIds.map((id) => names.get(id)).filter(Boolean)
  return (
    <li className={`timeline-entry ${entry.size}${selected ? ' selected' : ''}`} data-entry-id={entry.id}>
      <span className="timeline-date">{formatDay(entry.date)}</span>
      <span className="timeline-marker" aria-hidden />
      <button type="button" className="timeline-card" aria-pressed={selected} onClick={() => journeyViewActions.select(entry.id)}>
        <span className="timeline-size">{JOURNEY_SIZES[entry.size].label}</span>
        <span className="timeline-title">{entry.title}</span>
        {entry.story && <span className="timeline-story">{entry.story}</span>}
        {(entry.tags.length > 0 || people.length > 0) && (
          <span className="timeline-meta">
            {entry.tags.map((t) => (
              <span key={t} className="journey-tag">
                #{t}
              </span>
            ))}
            {people.length > 0 && <span className="timeline-people">{people.join(', ')}</span>}
          </span>
        )}
      </button>
    </li>
  )
}
