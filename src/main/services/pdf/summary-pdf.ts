import { layoutSummary } from '../../../core/exports/summary-document'
import type { Workshop } from '../../../core/workshop/schema'
import { type PdfOptions, documentMeta } from './document-meta'
import { CONTENT_BOX, PdfWriter } from './pdf-writer'

/** The one-page workshop summary as a PDF. */
export async function renderSummaryPdf(workshop: Workshop, options: PdfOptions = {}): Promise<Buffer> {
  const writer = new PdfWriter(documentMeta(workshop, `Workshop summary: ${workshop.title}`, `The workshop "${workshop.title}" on one page`, options))
  writer.paint(layoutSummary(workshop, CONTENT_BOX, writer.measure))
  return writer.finish()
}
