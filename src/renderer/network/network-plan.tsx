import { nanoid } from 'nanoid'
import { useState } from 'react'
import { type NetworkPlanPatch, addFeedback, createFeedback, markFeedback, removeFeedback, updateFeedback, updateNetworkPlan } from '../../core/network/network-edits'
import type { ChangeNetwork, NetworkFeedback } from '../../core/network/schema'
import { CommitInput } from '../common/commit-input'
import { CommitTextarea } from '../common/commit-textarea'
import { formatDay, todayIso } from '../common/today'
import { sessionActions, useSessionStore } from '../state/workshop-session'

const editPlan = (label: string, patch: NetworkPlanPatch) => sessionActions.edit(label, (w) => updateNetworkPlan(w, patch))

/** How the network runs: cadence, communication, kick-off, what champions get, and what they told us. */
export function NetworkPlan() {
  const network = useSessionStore((s) => s.session?.history.present.network)
  if (!network) return null
  return (
    <div className="network-plan">
      <section className="plan-fields" aria-labelledby="network-plan-heading">
        <h2 id="network-plan-heading">Network plan</h2>
        <div className="field">
          <label htmlFor="network-cadence">Meeting cadence</label>
          <CommitInput id="network-cadence" value={network.meetingCadence} maxLength={200} placeholder="e.g. every second Tuesday, 30 minutes" onCommit={(meetingCadence) => editPlan('Change the meeting cadence', { meetingCadence })} />
        </div>
        <PlanText id="network-communication" label="Communication plan" field="communicationPlan" network={network} hint="Channels, how often, who writes" />
        <div className="field">
          <label htmlFor="network-kickoff-date">Kick-off date</label>
          <CommitInput id="network-kickoff-date" type="date" className="date-input" value={network.kickOffDate ?? ''} onCommit={(day) => editPlan('Change the kick-off date', { kickOffDate: day || null })} />
        </div>
        <PlanText id="network-kickoff-agenda" label="Kick-off agenda" field="kickOffAgenda" network={network} hint="One item per line" />
        <PlanText id="network-provided" label="What champions are given" field="provided" network={network} hint="Information and tools to spread the word" />
      </section>
      <FeedbackLog feedback={network.feedback} champions={network.champions.map((c) => c.name)} />
    </div>
  )
}

const PLAN_LABELS = { communicationPlan: 'communication plan', kickOffAgenda: 'kick-off agenda', provided: 'what champions are given' } as const

function PlanText({ id, label, field, network, hint }: { id: string; label: string; field: keyof typeof PLAN_LABELS; network: ChangeNetwork; hint: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <CommitTextarea id={id} rows={4} maxLength={5000} placeholder={hint} value={network[field]} onCommit={(value) => editPlan(`Change the ${PLAN_LABELS[field]}`, { [field]: value })} />
    </div>
  )
}

function FeedbackLog({ feedback, champions }: { feedback: NetworkFeedback[]; champions: string[] }) {
  const [date, setDate] = useState(todayIso)
  const [from, setFrom] = useState('')
  const [text, setText] = useState('')
  const open = feedback.filter((f) => !f.actedOn).length
  return (
    <section className="feedback-log" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">
        Feedback from the network <span className="count">{feedback.length}</span>
      </h2>
      <p className="hint" data-testid="feedback-open">
        {open === 0 ? 'Every item has been acted on.' : `${open} not acted on yet.`}
      </p>
      <form
        className="feedback-add"
        onSubmit={(event) => {
          event.preventDefault()
          if (!text.trim() || !date) return
          const item = createFeedback({ date, from, text }, nanoid(10))
          sessionActions.edit('Log feedback', (w) => addFeedback(w, item))
          setText('')
        }}
      >
        <div className="inline-row">
          <input type="date" aria-label="Day of the feedback" className="date-input" value={date} onChange={(event) => setDate(event.target.value)} />
          <input aria-label="Who said it" placeholder="From" value={from} maxLength={200} list="network-champion-names" onChange={(event) => setFrom(event.target.value)} />
        </div>
        <div className="inline-row">
          <input aria-label="What they said" placeholder="What they said" value={text} maxLength={5000} onChange={(event) => setText(event.target.value)} />
          <button type="submit" disabled={!text.trim() || !date}>
            Log
          </button>
        </div>
        <datalist id="network-champion-names">
          {champions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </form>
      <ul className="feedback-list" data-testid="feedback-list">
        {[...feedback].reverse().map((item) => (
          <FeedbackItem key={item.id} item={item} />
        ))}
      </ul>
    </section>
  )
}

function FeedbackItem({ item }: { item: NetworkFeedback }) {
  return (
    <li className={`feedback-item${item.actedOn ? ' acted' : ''}`}>
      <div className="feedback-head">
        <span className="feedback-date">{formatDay(item.date)}</span>
        {item.from && <span className="feedback-from">{item.from}</span>}
        <label className="feedback-acted">
          <input type="checkbox" checked={item.actedOn} onChange={() => sessionActions.edit(item.actedOn ? 'Mark feedback as not acted on' : 'Mark feedback acted on', (w) => markFeedback(w, item.id, !item.actedOn))} />
          Acted on
        </label>
        <button type="button" className="danger" aria-label={`Remove feedback: ${item.text}`} onClick={() => sessionActions.edit('Remove feedback', (w) => removeFeedback(w, item.id))}>
          Remove
        </button>
      </div>
      <CommitInput aria-label="Feedback" className="feedback-text" value={item.text} maxLength={5000} onCommit={(text) => text.trim() && sessionActions.edit('Change feedback', (w) => updateFeedback(w, item.id, { text: text.trim() }))} />
      <CommitInput aria-label={`What was done about: ${item.text}`} placeholder="What was done about it" value={item.action} maxLength={5000} onCommit={(action) => sessionActions.edit('Change what was done', (w) => updateFeedback(w, item.id, { action }))} />
    </li>
  )
}
