import { describe, expect, it } from 'vitest'
import { CONTENT_BOX, PAGE } from '../../../src/main/services/pdf/pdf-writer'
import { PDF_PAGE, PREVIEW_BOX } from '../../../src/renderer/leaders/page-view'

describe('commitment preview page', () => {
  it('has the PDF writer page and content box, so the preview breaks pages where the PDF does', () => {
    expect(PDF_PAGE).toEqual(PAGE)
    expect(PREVIEW_BOX).toEqual(CONTENT_BOX)
  })
})
