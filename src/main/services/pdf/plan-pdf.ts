import { layoutPlan } from '../../../core/exports/plan-document'
import type { Workshop } from '../../../core/workshop/schema'
import { type PdfOptions, documentMeta } from './document-meta'
import { CONTENT_BOX, PdfWriter } from './pdf-writer'

/** The engagement-plan PDF of a workshop. A plain function of the workshop, so the benchmark can time it. */
export async function renderPlanPdf(workshop: Workshop, options: PdfOptions = {}): Promise<Buffer> {
  const writer = new PdfWriter(
    documentMeta(workshop, `Engagement plan: ${workshop.title}`, `Stakeholder map, engagement plan, timeline and progress of "${workshop.title}"`, options),
  )
  writer.paint(layoutPlan(workshop, CONTENT_BOX, writer.measure))
  return writer.finish()
}
