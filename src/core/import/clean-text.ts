// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g

export interface CleanedText {
  value: string
  /** What cleaning changed, in words for the preview; empty when the text was kept as it was. */
  changes: string[]
}

/**
 * Makes a spreadsheet cell safe to store: drops control characters (NUL and friends), and for
 * one-line fields folds line breaks and tabs into spaces. Never interprets markup: text stays text.
 */
export function cleanCell(raw: string, options: { singleLine: boolean; max: number }): CleanedText {
  const changes: string[] = []
  let value = raw.replace(/\r\n?/g, '\n')
  const withoutControls = value.replace(CONTROL, '')
  if (withoutControls !== value) changes.push('control characters removed')
  value = withoutControls
  value = options.singleLine ? value.replace(/\s+/g, ' ').trim() : value.replace(/[ \t]+\n/g, '\n').trim()
  if (value.length > options.max) {
    value = truncate(value, options.max)
    changes.push(`shortened to ${options.max.toLocaleString('en')} characters`)
  }
  return { value, changes }
}

/** Cuts text to at most `max` UTF-16 units without splitting an emoji or other astral character. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  let out = ''
  for (const char of text) {
    if (out.length + char.length > max) break
    out += char
  }
  return out.trimEnd()
}

/** Lower case, accents stripped, punctuation as spaces: how headers and words are compared. */
export function normaliseWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+-]+/gu, ' ')
    .trim()
}

/** The key under which two people count as the same: name and unit, case and spacing ignored. */
export function identityKey(name: string, unit: string): string {
  const fold = (s: string) => s.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim()
  return `${fold(name)}\u0000${fold(unit)}`
}
