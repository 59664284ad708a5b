import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FontFace } from '../../../core/exports/display-list'

/** The DejaVu Sans files for each face: Latin, Latin Extended, Greek and Cyrillic in one font, shipped in resources/. */
export const FONT_FILES: Readonly<Record<FontFace, string>> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
}

/**
 * resources/fonts, found by walking up from this module: it sits at different depths in src/
 * (tsx, tests) and in the bundled out/main, and the fonts are never fetched.
 */
export function findFontsDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from
  for (;;) {
    const candidate = join(dir, 'resources', 'fonts')
    if (existsSync(join(candidate, FONT_FILES.regular))) return candidate
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`The PDF fonts (resources/fonts/${FONT_FILES.regular}) were not found above ${from}`)
    dir = parent
  }
}
