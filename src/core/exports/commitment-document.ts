import type { Commitment, Signature } from '../leaders/schema'
import type { Stakeholder, Workshop } from '../workshop/schema'
import { type ContentBox, INK, type LaidOutPage, MUTED_INK, type MeasureText, RULE, type TextStyle, lineHeight } from './display-list'
import { flowParagraph } from './flow-text'
import { formatLongDate, personLine } from './format'
import { PageFlow } from './page-flow'
import { wrapText } from './text-layout'

/**
 * The commitment document: what it says, in what order, and how it falls onto pages. The PDF
 * service paints the pages; the editor's live preview paints the same pages on screen.
 */

export interface CommitmentStatementView {
  /** 1-based, in the order the room arranged the statements. */
  number: number
  text: string
  /** "Proposed by …", or null when nobody is credited. */
  credit: string | null
}

export interface SignatureBlockView {
  stakeholderId: string
  name: string
  /** Role and unit, as one line (may be empty). */
  detail: string
  /** The strokes drawn on screen, or null: a blank line is left for a pen. */
  signature: Signature | null
  /** "Signed on 4 December 2026" for a drawn signature, null for a blank line. */
  signedOn: string | null
}

export interface CommitmentView {
  commitmentId: string
  title: string
  preamble: string
  statements: CommitmentStatementView[]
  /** "Agreed in Oslo on 4 December 2026", or null when neither date nor place is set. */
  agreed: string | null
  /** The signature blocks drawn: everyone's in the combined document, one in a personal copy. */
  blocks: SignatureBlockView[]
  /** Set in a personal copy: the person it was made for. */
  addressee: SignatureBlockView | null
  /** In a personal copy, the other signatories and whether each has signed. */
  coSignatories: { name: string; signed: boolean }[]
  signedCount: number
  signatoryCount: number
}

/**
 * The view of a commitment, either combined (every signature block, in the order chosen) or
 * personalised for one signatory (their block, and the others listed by name). Signatories whose
 * stakeholder no longer exists are left out: a block with no name could not be signed.
 */
export function commitmentView(workshop: Workshop, commitment: Commitment, forStakeholderId: string | null = null): CommitmentView {
  const byId = new Map<string, Stakeholder>(workshop.stakeholders.map((s) => [s.id, s]))
  const all: SignatureBlockView[] = []
  for (const signatory of commitment.signatories) {
    const person = byId.get(signatory.stakeholderId)
    if (!person) continue
    all.push({
      stakeholderId: person.id,
      name: person.name.trim(),
      detail: personLine([person.role, person.unit]),
      signature: signatory.signature,
      signedOn: signatory.signature ? `Signed on ${formatLongDate(signatory.signature.signedAt)}` : null,
    })
  }
  const addressee = forStakeholderId === null ? null : (all.find((b) => b.stakeholderId === forStakeholderId) ?? null)
  if (forStakeholderId !== null && !addressee) throw new Error(`${forStakeholderId} is not a signatory of "${commitment.title}"`)
  return {
    commitmentId: commitment.id,
    title: commitment.title.trim(),
    preamble: commitment.preamble.trim(),
    statements: commitment.statements.map((s, index) => ({
      number: index + 1,
      text: s.text.trim(),
      credit: s.proposedBy.trim() ? `Proposed by ${s.proposedBy.trim()}` : null,
    })),
    agreed: agreedLine(commitment),
    blocks: addressee ? [addressee] : all,
    addressee,
    coSignatories: addressee ? all.filter((b) => b !== addressee).map((b) => ({ name: b.name, signed: b.signature !== null })) : [],
    signedCount: all.filter((b) => b.signature !== null).length,
    signatoryCount: all.length,
  }
}

function agreedLine(commitment: Commitment): string | null {
  const place = commitment.place.trim()
  const date = commitment.date ? formatLongDate(commitment.date) : ''
  if (place && date) return `Agreed in ${place} on ${date}`
  if (place) return `Agreed in ${place}`
  if (date) return `Agreed on ${date}`
  return null
}

export const COMMITMENT_STYLES = {
  title: { face: 'bold', size: 22 },
  addressee: { face: 'italic', size: 11 },
  body: { face: 'regular', size: 11.5 },
  number: { face: 'bold', size: 11.5 },
  credit: { face: 'italic', size: 9 },
  heading: { face: 'bold', size: 13 },
  name: { face: 'bold', size: 11 },
  detail: { face: 'regular', size: 9.5 },
  note: { face: 'italic', size: 9 },
} as const satisfies Record<string, TextStyle>

const S = COMMITMENT_STYLES
const STATEMENT_INDENT = 26
const COLUMN_GAP = 28
/** The signature block: room to sign, the line, name, detail, date. */
export const SIGNATURE_BLOCK = { strokeHeight: 64, height: 128 } as const

/** Lays the view out on pages of `box`. Statements wrap and may break across pages, never their credit from their last line. */
export function layoutCommitment(view: CommitmentView, box: ContentBox, measure: MeasureText): LaidOutPage[] {
  const flow = new PageFlow(box)
  const centred = (text: string, style: TextStyle, colour: string) => {
    for (const line of wrapText(text, box.width, style, measure)) {
      flow.ensure(lineHeight(style))
      flow.add({ kind: 'text', x: Math.max(0, (box.width - measure(line, style)) / 2), y: flow.y, text: line, style, colour })
      flow.advance(lineHeight(style))
    }
  }

  centred(view.title, S.title, INK)
  if (view.addressee) {
    flow.advance(4)
    centred(`Prepared for ${personLine([view.addressee.name, view.addressee.detail])}`, S.addressee, MUTED_INK)
  }
  flow.advance(18)
  if (view.preamble) {
    flowParagraph(flow, view.preamble, S.body, measure)
    flow.advance(14)
  }

  if (view.statements.length === 0) flowParagraph(flow, 'No statements have been written yet.', S.note, measure, MUTED_INK)
  for (const statement of view.statements) layoutStatement(flow, statement, measure)

  if (view.agreed) {
    flow.advance(6)
    flowParagraph(flow, view.agreed, S.body, measure)
  }
  flow.advance(20)
  layoutSignatures(flow, view, measure)
  return flow.pages
}

function layoutStatement(flow: PageFlow, statement: CommitmentStatementView, measure: MeasureText): void {
  const width = flow.box.width - STATEMENT_INDENT
  const lines = wrapText(statement.text, width, S.body, measure)
  const step = lineHeight(S.body)
  const creditHeight = statement.credit ? lineHeight(S.credit) + 2 : 0
  // Start on a new page rather than leave a single line of the statement at the bottom.
  flow.ensure(Math.min(lines.length, 2) * step + (lines.length <= 2 ? creditHeight : 0))
  lines.forEach((line, index) => {
    const last = index === lines.length - 1
    flow.ensure(step + (last ? creditHeight : 0))
    if (index === 0) flow.add({ kind: 'text', x: 0, y: flow.y, text: `${statement.number}.`, style: S.number, colour: INK })
    flow.add({ kind: 'text', x: STATEMENT_INDENT, y: flow.y, text: line, style: S.body, colour: INK })
    flow.advance(step)
  })
  if (statement.credit) {
    flow.advance(2)
    flowParagraph(flow, statement.credit, S.credit, measure, MUTED_INK, STATEMENT_INDENT)
  }
  flow.advance(10)
}

function layoutSignatures(flow: PageFlow, view: CommitmentView, measure: MeasureText): void {
  const headingHeight = lineHeight(S.heading) + 10
  const heading = view.addressee ? 'Your signature' : 'Signatures'
  flow.ensure(headingHeight + SIGNATURE_BLOCK.height)
  flow.add({ kind: 'text', x: 0, y: flow.y, text: heading, style: S.heading, colour: INK })
  flow.advance(headingHeight)
  if (view.blocks.length === 0) {
    flow.add({ kind: 'text', x: 0, y: flow.y, text: 'No signatories have been chosen yet.', style: S.note, colour: MUTED_INK })
    flow.advance(lineHeight(S.note))
    return
  }
  const columnWidth = (flow.box.width - COLUMN_GAP) / 2
  for (let index = 0; index < view.blocks.length; index += 2) {
    flow.ensure(SIGNATURE_BLOCK.height)
    const top = flow.y
    view.blocks.slice(index, index + 2).forEach((block, column) => {
      signatureBlock(flow, block, column * (columnWidth + COLUMN_GAP), top, columnWidth, measure)
    })
    flow.advance(SIGNATURE_BLOCK.height)
  }
  if (view.coSignatories.length > 0) {
    flow.advance(8)
    const others = view.coSignatories.map((c) => `${c.name} (${c.signed ? 'signed' : 'to sign'})`).join(', ')
    const text = `Also signing this commitment: ${others}.`
    flowParagraph(flow, text, S.detail, measure, MUTED_INK)
  }
}

function signatureBlock(flow: PageFlow, block: SignatureBlockView, x: number, top: number, width: number, measure: MeasureText): void {
  const lineY = top + SIGNATURE_BLOCK.strokeHeight + 4
  if (block.signature) {
    flow.add({ kind: 'strokes', x, y: top, width, height: SIGNATURE_BLOCK.strokeHeight, signature: block.signature, colour: '#1E3A8A' })
    flow.add({ kind: 'line', x1: x, y1: lineY, x2: x + width, y2: lineY, colour: RULE, width: 0.75 })
  } else {
    flow.add({ kind: 'line', x1: x, y1: lineY, x2: x + width, y2: lineY, colour: INK, width: 1 })
  }
  const fit = (text: string, style: TextStyle) => wrapText(text, width, style, measure)[0] ?? ''
  let y = lineY + 6
  flow.add({ kind: 'text', x, y, text: fit(block.name, S.name), style: S.name, colour: INK })
  y += lineHeight(S.name)
  if (block.detail) {
    flow.add({ kind: 'text', x, y, text: fit(block.detail, S.detail), style: S.detail, colour: MUTED_INK })
    y += lineHeight(S.detail)
  }
  if (block.signedOn) {
    flow.add({ kind: 'text', x, y: y + 2, text: block.signedOn, style: S.note, colour: MUTED_INK })
  } else {
    const label = 'Date:'
    const labelWidth = measure(label, S.note)
    flow.add({ kind: 'text', x, y: y + 2, text: label, style: S.note, colour: MUTED_INK })
    const dateLineY = y + 2 + lineHeight(S.note) - 2
    flow.add({ kind: 'line', x1: x + labelWidth + 6, y1: dateLineY, x2: x + Math.min(width, labelWidth + 130), y2: dateLineY, colour: INK, width: 0.75 })
  }
}
