import { formatLongDate } from '../../../core/exports/format'
import type { Workshop } from '../../../core/workshop/schema'
import type { PdfMeta } from './pdf-writer'

/** Options every PDF export takes; both have defaults, tests and the benchmark pin them. */
export interface PdfOptions {
  createdAt?: Date
  fontsDir?: string
}

/** The metadata and running header shared by every document of a workshop. */
export function documentMeta(workshop: Workshop, title: string, subject: string, options: PdfOptions): PdfMeta {
  return {
    title,
    subject,
    author: workshop.facilitator.trim() || workshop.organisation.trim() || 'Coalition',
    keywords: [workshop.organisation, 'change management', 'Coalition'].filter((k) => k.trim()).join(', '),
    workshopTitle: workshop.title,
    workshopDate: formatLongDate(workshop.startDate ?? workshop.createdAt),
    createdAt: options.createdAt ?? new Date(),
    fontsDir: options.fontsDir,
  }
}
