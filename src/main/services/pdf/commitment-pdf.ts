import { commitmentView, layoutCommitment } from '../../../core/exports/commitment-document'
import type { Commitment } from '../../../core/leaders/schema'
import type { Workshop } from '../../../core/workshop/schema'
import { type PdfOptions, documentMeta } from './document-meta'
import { CONTENT_BOX, PdfWriter } from './pdf-writer'

/** A commitment as a PDF: combined with every signature block, or personalised for one signatory. */
export async function renderCommitmentPdf(
  workshop: Workshop,
  commitment: Commitment,
  forStakeholderId: string | null,
  options: PdfOptions = {},
): Promise<Buffer> {
  const view = commitmentView(workshop, commitment, forStakeholderId)
  const title = view.addressee ? `${view.title} (${view.addressee.name})` : view.title
  const subject = view.addressee
    ? `The commitment ${view.addressee.name} is asked to sign, from the workshop "${workshop.title}"`
    : `The commitment with every signature, from the workshop "${workshop.title}"`
  const writer = new PdfWriter(documentMeta(workshop, title, subject, options))
  writer.paint(layoutCommitment(view, CONTENT_BOX, writer.measure))
  return writer.finish()
}
