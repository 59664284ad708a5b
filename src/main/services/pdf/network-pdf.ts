import { layoutNetworkRoster } from '../../../core/exports/network-document'
import type { Workshop } from '../../../core/workshop/schema'
import { type PdfOptions, documentMeta } from './document-meta'
import { CONTENT_BOX, PdfWriter } from './pdf-writer'

/** The change-network roster as a PDF. */
export async function renderNetworkPdf(workshop: Workshop, options: PdfOptions = {}): Promise<Buffer> {
  const writer = new PdfWriter(
    documentMeta(workshop, `Change network roster: ${workshop.title}`, `The champions of "${workshop.title}", coverage by unit, cadence and kick-off`, options),
  )
  writer.paint(layoutNetworkRoster(workshop, CONTENT_BOX, writer.measure))
  return writer.finish()
}
