import { format } from 'date-fns'
import { nanoid } from 'nanoid'
import { useState } from 'react'
import { QUADRANTS, quadrantOf } from '../../core/map/quadrant'
import { addCheckIn, checkInsOf, createCheckIn, removeCheckIn } from '../../core/tracking/progress'
import { ATTITUDES, ATTITUDE_INFO, type Attitude } from '../../core/workshop/attitude'
import type { Workshop } from '../../core/workshop/schema'
import { sessionActions, useSessionStore } from '../state/workshop-session'

/** Dated check-ins of one person: add one (date, attitude, a note, an optional metric) and read the earlier ones. */
export function CheckInPanel({ workshop }: { workshop: Workshop }) {
  const selectedId = useSessionStore((s) => s.session?.selectedId ?? null)
  const [chosen, setChosen] = useState<string | null>(null)
  const personId = [chosen, selectedId].find((id) => id && workshop.stakeholders.some((s) => s.id === id)) ?? workshop.stakeholders[0]?.id ?? null
  const person = workshop.stakeholders.find((s) => s.id === personId) ?? null
  return (
    <section className="tracking-panel" aria-labelledby="check-ins-heading">
      <h2 id="check-ins-heading">Check-ins</h2>
      {!person ? (
        <p className="hint">Add people on the map first.</p>
      ) : (
        <>
          <label className="field">
            <span>Person</span>
            <select value={person.id} onChange={(e) => setChosen(e.target.value)} aria-label="Person to check in with">
              {workshop.stakeholders.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <CheckInForm key={person.id} workshop={workshop} personId={person.id} />
          <ol className="check-in-list" data-testid="check-in-list" aria-label={`Check-ins with ${person.name}`}>
            {checkInsOf(workshop.tracking, person.id).map((c) => (
              <li key={c.id}>
                <div className="check-in-head">
                  <strong>{format(new Date(`${c.date}T12:00:00`), 'd MMM yyyy')}</strong>
                  <span className="attitude-tag" style={{ background: ATTITUDE_INFO[c.attitude].colour }}>
                    {ATTITUDE_INFO[c.attitude].label}
                  </span>
                  {c.position && <span className="hint">{QUADRANTS[quadrantOf(c.position)].name}</span>}
                  <button type="button" className="link-button" aria-label={`Delete the check-in of ${c.date}`} onClick={() => sessionActions.edit(`Delete a check-in with ${person.name}`, (w) => removeCheckIn(w, c.id))}>
                    Delete
                  </button>
                </div>
                {c.note && <p>{c.note}</p>}
                {c.metric && (
                  <p className="hint">
                    {c.metric.name}: <strong>{c.metric.value}</strong>
                  </p>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}

function CheckInForm({ workshop, personId }: { workshop: Workshop; personId: string }) {
  const person = workshop.stakeholders.find((s) => s.id === personId)
  const [date, setDate] = useState(() => format(new Date(), 'yyyy-MM-dd'))
  const [attitude, setAttitude] = useState<Attitude>(person?.attitude ?? 'neutral')
  const [note, setNote] = useState('')
  const [metricName, setMetricName] = useState('')
  const [metricValue, setMetricValue] = useState('')
  const [apply, setApply] = useState(true)
  if (!person) return null
  const value = Number(metricValue)
  const metricBad = metricName.trim() !== '' && (metricValue.trim() === '' || !Number.isFinite(value))
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && !metricBad
  return (
    <form
      className="check-in-form"
      onSubmit={(event) => {
        event.preventDefault()
        if (!valid) return
        const checkIn = createCheckIn(
          { stakeholderId: person.id, date, attitude, position: person.position, note, metric: metricName.trim() ? { name: metricName, value } : null },
          nanoid(10),
        )
        sessionActions.edit(`Check in with ${person.name}`, (w) => addCheckIn(w, checkIn, apply))
        setNote('')
        setMetricValue('')
      }}
    >
      <div className="field-row">
        <label className="field">
          <span>Date</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <label className="field">
          <span>Attitude</span>
          <select value={attitude} onChange={(e) => setAttitude(e.target.value as Attitude)}>
            {ATTITUDES.map((a) => (
              <option key={a} value={a}>
                {ATTITUDE_INFO[a].label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>Priorities and concerns</span>
        <textarea value={note} rows={2} maxLength={5000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="field-row">
        <label className="field">
          <span>Metric (optional)</span>
          <input value={metricName} maxLength={200} placeholder="e.g. Confidence 1–10" onChange={(e) => setMetricName(e.target.value)} />
        </label>
        <label className="field">
          <span>Value</span>
          <input value={metricValue} inputMode="decimal" onChange={(e) => setMetricValue(e.target.value)} aria-invalid={metricBad} />
        </label>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={apply} onChange={(e) => setApply(e.target.checked)} /> Update their attitude on the map
      </label>
      <button type="submit" className="primary" disabled={!valid}>
        Add check-in
      </button>
    </form>
  )
}
