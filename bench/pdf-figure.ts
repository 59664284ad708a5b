import type { Browser } from '@playwright/test'
import { type Figure, notMeasured } from './figure'

export const PDF_TARGET = '≥ 2× faster than Chromium printing the same plan, and < 1 s'

/** 4: the engagement plan PDF for 500 stakeholders against Chromium printing an equivalent HTML page. */
export async function measurePdf(_browser: Browser): Promise<Figure> {
  return notMeasured('Engagement plan PDF (500 stakeholders)', 'ms', PDF_TARGET, 'The plan PDF has not landed on main yet.')
}
