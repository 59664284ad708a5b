import { nanoid } from 'nanoid'
import { useState } from 'react'
import { addCommitment, addSignatory, draftCommitment, removeCommitment, removeSignatory, setSignature, updateCommitment } from '../../core/leaders/commitment-edits'
import type { Commitment, CommitmentTemplate } from '../../core/leaders/schema'
import { COMMITMENT_TEMPLATE_LIST, COMMITMENT_TEMPLATE_TEXTS } from '../../core/leaders/templates'
import { formatLongDate } from '../../core/exports/format'
import type { Workshop } from '../../core/workshop/schema'
import { CommitInput } from '../common/commit-input'
import { CommitTextarea } from '../common/commit-textarea'
import { sessionActions } from '../state/workshop-session'
import { CommitmentPreview } from './commitment-preview'
import { sortedLeaders } from './leader-list'
import { leadersViewActions, useLeadersView } from './leaders-view-store'
import { SignaturePadHost } from './signature-pad'
import { StatementList } from './statement-list'
import { nameOf, useWorkshop } from './use-workshop'

/** The commitment documents: pick or draft one, edit it, sign it, and watch the PDF take shape beside it. */
export function CommitmentEditor() {
  const workshop = useWorkshop()
  const chosenId = useLeadersView((s) => s.commitmentId)
  const documents = workshop.leadership.commitments
  const commitment = documents.find((c) => c.id === chosenId) ?? documents[0] ?? null
  return (
    <div className="commitments">
      <aside className="commitment-documents" aria-label="Commitment documents">
        <h3>Documents</h3>
        <ul className="chip-list document-list">
          {documents.map((c) => (
            <li key={c.id}>
              <button type="button" aria-current={c.id === commitment?.id ? 'true' : undefined} onClick={() => leadersViewActions.openCommitment(c.id)}>
                <span className="document-title">{c.title}</span>
                <span className="document-meta">
                  {COMMITMENT_TEMPLATE_TEXTS[c.template].name} · {c.signatories.filter((s) => s.signature).length}/{c.signatories.length} signed
                </span>
              </button>
            </li>
          ))}
        </ul>
        <NewDocument workshop={workshop} />
      </aside>
      {commitment ? (
        <>
          <DocumentForm workshop={workshop} commitment={commitment} />
          <CommitmentPreview workshop={workshop} commitment={commitment} />
        </>
      ) : (
        <p className="hint commitments-empty">No commitment documents yet. Start one from a template on the left.</p>
      )}
    </div>
  )
}

function NewDocument({ workshop }: { workshop: Workshop }) {
  const [template, setTemplate] = useState<CommitmentTemplate>('leadership-commitment')
  const chosen = COMMITMENT_TEMPLATE_TEXTS[template]
  return (
    <form
      className="new-document"
      aria-label="New commitment document"
      onSubmit={(event) => {
        event.preventDefault()
        const document = draftCommitment(template, () => nanoid(10), workshop.organisation)
        sessionActions.edit(`Draft “${document.title}”`, (w) => addCommitment(w, document))
        leadersViewActions.openCommitment(document.id)
      }}
    >
      <label htmlFor="new-document-template">New from a template</label>
      <select id="new-document-template" value={template} onChange={(event) => setTemplate(event.target.value as CommitmentTemplate)}>
        {COMMITMENT_TEMPLATE_LIST.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
      <p className="hint">{chosen.purpose}</p>
      <button type="submit" className="primary">
        Draft it
      </button>
    </form>
  )
}

function DocumentForm({ workshop, commitment }: { workshop: Workshop; commitment: Commitment }) {
  const id = commitment.id
  const edit = (label: string, change: (w: Workshop) => Workshop) => sessionActions.edit(label, change)
  return (
    <div className="commitment-form" aria-label="Edit the commitment">
      <div className="field">
        <label htmlFor="commitment-title">Title</label>
        <CommitInput
          id="commitment-title"
          className="commitment-title"
          value={commitment.title}
          maxLength={200}
          onCommit={(title) => title.trim() && edit('Change the document title', (w) => updateCommitment(w, id, { title: title.trim() }))}
        />
      </div>
      <div className="field">
        <label htmlFor="commitment-preamble">Preamble</label>
        <CommitTextarea
          id="commitment-preamble"
          rows={3}
          value={commitment.preamble}
          maxLength={5000}
          placeholder="Why the signatories put their names to this"
          onCommit={(preamble) => edit('Change the preamble', (w) => updateCommitment(w, id, { preamble: preamble.trim() }))}
        />
      </div>
      <h3>Statements</h3>
      <StatementList commitment={commitment} />
      <div className="row date-place">
        <div className="field">
          <label htmlFor="commitment-date">Date</label>
          <input
            id="commitment-date"
            type="date"
            value={commitment.date ?? ''}
            onChange={(event) => edit('Change the date', (w) => updateCommitment(w, id, { date: event.target.value || null }))}
          />
        </div>
        <div className="field grow">
          <label htmlFor="commitment-place">Place</label>
          <CommitInput
            id="commitment-place"
            value={commitment.place}
            maxLength={200}
            placeholder="Where it is signed"
            onCommit={(place) => edit('Change the place', (w) => updateCommitment(w, id, { place: place.trim() }))}
          />
        </div>
      </div>
      <Signatories workshop={workshop} commitment={commitment} />
      <div className="details-actions">
        <button
          type="button"
          className="danger"
          onClick={() => edit(`Delete “${commitment.title}”`, (w) => removeCommitment(w, id))}
          title="Undo brings it back with its signatures"
        >
          Delete document
        </button>
      </div>
    </div>
  )
}

function Signatories({ workshop, commitment }: { workshop: Workshop; commitment: Commitment }) {
  const id = commitment.id
  const candidates = sortedLeaders(workshop).filter((l) => !commitment.signatories.some((s) => s.stakeholderId === l.stakeholderId))
  return (
    <section className="signatories" aria-label="Signatories">
      <h3>Signatories</h3>
      {commitment.signatories.length === 0 && <p className="hint">Choose who signs from the leaders.</p>}
      <ul className="signatory-list">
        {commitment.signatories.map((signatory) => {
          const name = nameOf(workshop, signatory.stakeholderId)
          const sid = signatory.stakeholderId
          return (
            <li key={sid} data-signatory={sid}>
              <span className="signatory-name">{name}</span>
              <span className={`signatory-state${signatory.signature ? ' signed' : ''}`}>
                {signatory.signature ? `Signed on screen, ${formatLongDate(signatory.signature.signedAt)}` : 'Blank line to sign on paper'}
              </span>
              <span className="signatory-actions">
                <button type="button" onClick={() => leadersViewActions.sign(id, sid)}>
                  {signatory.signature ? 'Sign again' : 'Sign on screen'}
                </button>
                {signatory.signature && (
                  <button type="button" onClick={() => sessionActions.edit(`Leave a blank line for ${name}`, (w) => setSignature(w, id, sid, null))}>
                    Use a blank line
                  </button>
                )}
                <button type="button" className="icon-button" aria-label={`Remove ${name} from the signatories`} onClick={() => sessionActions.edit(`Remove ${name} from the signatories`, (w) => removeSignatory(w, id, sid))}>
                  ✕
                </button>
              </span>
            </li>
          )
        })}
      </ul>
      <SignaturePadHost commitmentId={id} />
      {candidates.length > 0 ? (
        <label className="add-signatory">
          <span>Add a signatory</span>
          <select
            value=""
            aria-label="Add a signatory"
            onChange={(event) => {
              const sid = event.target.value
              if (sid) sessionActions.edit(`Add ${nameOf(workshop, sid)} as a signatory`, (w) => addSignatory(w, id, sid))
            }}
          >
            <option value="">Choose a leader…</option>
            {candidates.map((l) => (
              <option key={l.stakeholderId} value={l.stakeholderId}>
                {nameOf(workshop, l.stakeholderId)}
              </option>
            ))}
          </select>
        </label>
      ) : (
        workshop.leadership.leaders.length === 0 && <p className="hint">Mark leaders first under “Leaders &amp; tactics”; signatories are chosen from them.</p>
      )}
    </section>
  )
}
