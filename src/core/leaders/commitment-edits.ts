import { produce } from 'immer'
import type { Workshop } from '../workshop/schema'
import type { Commitment, CommitmentTemplate, Signature } from './schema'
import { COMMITMENT_TEMPLATE_TEXTS, fillTemplateText } from './templates'

export type CommitmentPatch = Partial<Pick<Commitment, 'title' | 'preamble' | 'date' | 'place'>>
export type StatementPatch = Partial<Pick<Commitment['statements'][number], 'text' | 'proposedBy'>>

/**
 * Drafts a commitment document from a template. Ids come from `newId` so this stays pure;
 * the organisation fills the template's placeholder.
 */
export function draftCommitment(template: CommitmentTemplate, newId: () => string, organisation: string): Commitment {
  const text = COMMITMENT_TEMPLATE_TEXTS[template]
  return {
    id: newId(),
    template,
    title: fillTemplateText(text.title, organisation),
    preamble: fillTemplateText(text.preamble, organisation),
    statements: text.statements.map((statement) => ({ id: newId(), text: fillTemplateText(statement, organisation), proposedBy: '' })),
    signatories: [],
    date: null,
    place: '',
  }
}

/** Adds a commitment document at the end of the list. */
export function addCommitment(workshop: Workshop, commitment: Commitment): Workshop {
  return produce(workshop, (draft) => {
    draft.leadership.commitments.push(commitment)
  })
}

/** Deletes a commitment document, signatures and all. */
export function removeCommitment(workshop: Workshop, id: string): Workshop {
  if (!workshop.leadership.commitments.some((c) => c.id === id)) return workshop
  return produce(workshop, (draft) => {
    draft.leadership.commitments = draft.leadership.commitments.filter((c) => c.id !== id)
  })
}

/** Changes the title, preamble, date or place; an empty title is refused because a document needs one. */
export function updateCommitment(workshop: Workshop, id: string, patch: CommitmentPatch): Workshop {
  if (patch.title !== undefined && !patch.title.trim()) return workshop
  return onCommitment(workshop, id, (document) => {
    Object.assign(document, patch)
  })
}

/** Adds a statement at the end, or after the statement `afterId` names. Empty text is refused. */
export function addStatement(
  workshop: Workshop,
  commitmentId: string,
  statement: { id: string; text: string; proposedBy?: string },
  afterId?: string,
): Workshop {
  const text = statement.text.trim()
  if (!text) return workshop
  return onCommitment(workshop, commitmentId, (document) => {
    const after = afterId ? document.statements.findIndex((s) => s.id === afterId) : -1
    const at = after === -1 ? document.statements.length : after + 1
    document.statements.splice(at, 0, { id: statement.id, text, proposedBy: statement.proposedBy?.trim() ?? '' })
  })
}

/** Changes a statement's text or who proposed it; emptying the text is refused (remove the statement instead). */
export function updateStatement(workshop: Workshop, commitmentId: string, statementId: string, patch: StatementPatch): Workshop {
  if (patch.text !== undefined && !patch.text.trim()) return workshop
  return onCommitment(workshop, commitmentId, (document) => {
    const statement = document.statements.find((s) => s.id === statementId)
    if (statement) Object.assign(statement, patch)
  })
}

/** Removes a statement. */
export function removeStatement(workshop: Workshop, commitmentId: string, statementId: string): Workshop {
  return onCommitment(workshop, commitmentId, (document) => {
    const at = document.statements.findIndex((s) => s.id === statementId)
    if (at !== -1) document.statements.splice(at, 1)
  })
}

/** Moves a statement to where another one is, the way a drag onto it does; unknown ids change nothing. */
export function moveStatement(workshop: Workshop, commitmentId: string, statementId: string, ontoId: string): Workshop {
  return onCommitment(workshop, commitmentId, (document) => {
    const from = document.statements.findIndex((s) => s.id === statementId)
    const to = document.statements.findIndex((s) => s.id === ontoId)
    if (from === -1 || to === -1 || from === to) return
    const [moved] = document.statements.splice(from, 1)
    if (moved) document.statements.splice(to, 0, moved)
  })
}

/** Moves a statement one place up (-1) or down (+1), for the keyboard. */
export function shiftStatement(workshop: Workshop, commitmentId: string, statementId: string, by: -1 | 1): Workshop {
  const document = workshop.leadership.commitments.find((c) => c.id === commitmentId)
  const from = document?.statements.findIndex((s) => s.id === statementId) ?? -1
  const onto = document?.statements[from + by]
  if (from === -1 || !onto) return workshop
  return moveStatement(workshop, commitmentId, statementId, onto.id)
}

/** Adds a leader as a signatory, unsigned; only stakeholders marked as leaders can sign, and only once. */
export function addSignatory(workshop: Workshop, commitmentId: string, stakeholderId: string): Workshop {
  if (!workshop.leadership.leaders.some((l) => l.stakeholderId === stakeholderId)) return workshop
  return onCommitment(workshop, commitmentId, (document) => {
    if (!document.signatories.some((s) => s.stakeholderId === stakeholderId)) document.signatories.push({ stakeholderId, signature: null })
  })
}

/** Takes a signatory off the document, with their signature. */
export function removeSignatory(workshop: Workshop, commitmentId: string, stakeholderId: string): Workshop {
  return onCommitment(workshop, commitmentId, (document) => {
    const at = document.signatories.findIndex((s) => s.stakeholderId === stakeholderId)
    if (at !== -1) document.signatories.splice(at, 1)
  })
}

/** Stores a drawn signature for a signatory, or null to leave a blank line for a pen on paper. */
export function setSignature(workshop: Workshop, commitmentId: string, stakeholderId: string, signature: Signature | null): Workshop {
  return onCommitment(workshop, commitmentId, (document) => {
    const signatory = document.signatories.find((s) => s.stakeholderId === stakeholderId)
    if (signatory) signatory.signature = signature
  })
}

function onCommitment(workshop: Workshop, id: string, change: (document: Commitment) => void): Workshop {
  if (!workshop.leadership.commitments.some((c) => c.id === id)) return workshop
  return produce(workshop, (draft) => {
    const document = draft.leadership.commitments.find((c) => c.id === id)
    if (document) change(document)
  })
}
