import type { MeasureText, TextStyle } from './display-list'

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces, at the newlines the author typed,
 * and inside a word only when the word alone is wider than the line. Widths are summed word by
 * word, so a cached measure function keeps this fast for thousands of cells.
 */
export function wrapText(text: string, maxWidth: number, style: TextStyle, measure: MeasureText): string[] {
  const lines: string[] = []
  const space = measure(' ', style)
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const words = paragraph.split(/[ \t]+/).filter((w) => w.length > 0)
    if (words.length === 0) {
      lines.push('')
      continue
    }
    let line = ''
    let lineWidth = 0
    for (const word of words) {
      const wordWidth = measure(word, style)
      if (line && lineWidth + space + wordWidth <= maxWidth) {
        line += ` ${word}`
        lineWidth += space + wordWidth
        continue
      }
      if (line) lines.push(line)
      if (wordWidth <= maxWidth) {
        line = word
        lineWidth = wordWidth
        continue
      }
      const pieces = breakWord(word, maxWidth, style, measure)
      lines.push(...pieces.slice(0, -1))
      line = pieces[pieces.length - 1] ?? ''
      lineWidth = measure(line, style)
    }
    lines.push(line)
  }
  return lines
}

/** Splits a word wider than the line into pieces that fit, by code point so no character is cut. */
function breakWord(word: string, maxWidth: number, style: TextStyle, measure: MeasureText): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const char of Array.from(word)) {
    if (piece && measure(piece + char, style) > maxWidth) {
      pieces.push(piece)
      piece = char
    } else {
      piece += char
    }
  }
  pieces.push(piece)
  return pieces
}

/** One line of text cut to `maxWidth` with an ellipsis when it is too long (table cells, map labels). */
export function fitText(text: string, maxWidth: number, style: TextStyle, measure: MeasureText): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (measure(flat, style) <= maxWidth) return flat
  const chars = Array.from(flat)
  let low = 0
  let high = chars.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`, style) <= maxWidth) low = mid
    else high = mid - 1
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`
}
