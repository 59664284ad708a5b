import { useMemo } from 'react'
import { commitmentView, layoutCommitment } from '../../core/exports/commitment-document'
import { formatLongDate } from '../../core/exports/format'
import { fitText } from '../../core/exports/text-layout'
import type { Commitment } from '../../core/leaders/schema'
import type { Workshop } from '../../core/workshop/schema'
import { PREVIEW_BOX, PageView } from './page-view'
import { measureText, useFontsReady } from './text-measure'

/** The combined commitment document as the PDF lays it out, page by page, updated with every edit. */
export function CommitmentPreview({ workshop, commitment }: { workshop: Workshop; commitment: Commitment }) {
  const fontsReady = useFontsReady()
  const pages = useMemo(
    () => (fontsReady ? layoutCommitment(commitmentView(workshop, commitment), PREVIEW_BOX, measureText) : []),
    [fontsReady, workshop, commitment],
  )
  const header = {
    left: fitText(workshop.title, PREVIEW_BOX.width * 0.62, { face: 'bold', size: 8.5 }, measureText),
    right: formatLongDate(workshop.startDate ?? workshop.createdAt),
  }
  const footer = fitText(commitment.title, PREVIEW_BOX.width * 0.7, { face: 'regular', size: 8.5 }, measureText)
  return (
    <section className="commitment-preview" aria-label="Preview of the PDF" data-testid="commitment-preview">
      <h3>
        Preview <span className="hint">as the PDF will print · {pages.length} page{pages.length === 1 ? '' : 's'}</span>
      </h3>
      {pages.map((page, index) => (
        <PageView key={index} page={page} index={index} count={pages.length} header={header} footer={footer} />
      ))}
    </section>
  )
}
