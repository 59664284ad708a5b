import { readFileSync } from 'node:fs'
import * as fontkit from 'fontkit'

/** Beyond this many shaped words a face starts a fresh cache, so a long-running app does not grow without bound. */
const MAX_SHAPED_WORDS = 50_000

/**
 * What every document of the process shares for one font file. Parsing a font and shaping its
 * words are pure functions of the file, yet pdfkit redoes both for every new document: parsing
 * DejaVu's tables and re-shaping the same names, roles and units took about a third of a warm
 * render of the 500-person plan.
 */
export interface SharedFace {
  /** Parsed once; pdfkit accepts a fontkit font in place of the file's bytes. */
  readonly font: fontkit.Font
  /** Advance of each character at size 1, in points, for measuring text in layouts. */
  readonly advances: Map<string, number>
  /**
   * pdfkit's own cache of shaped words for this font (its `fontLayoutCache`), scaled glyph runs
   * keyed by word, handed to every document's copy of the font instead of a new empty one.
   */
  shapedWords(): Record<string, unknown>
}

const faces = new Map<string, SharedFace>()

/** The shared face of a font file, read and parsed on first use. */
export function sharedFace(path: string): SharedFace {
  let face = faces.get(path)
  if (!face) {
    const font = fontkit.create(readFileSync(path))
    if (!('layout' in font)) throw new Error(`${path} is a font collection, not a single font`)
    let words: Record<string, unknown> = Object.create(null)
    face = {
      font,
      advances: new Map(),
      shapedWords: () => {
        if (Object.keys(words).length > MAX_SHAPED_WORDS) words = Object.create(null)
        return words
      },
    }
    faces.set(path, face)
  }
  return face
}
