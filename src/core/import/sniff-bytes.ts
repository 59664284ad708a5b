export type ByteFormat = 'zip' | 'ole' | 'pdf' | 'text'
export type TextBom = 'utf-8' | 'utf-16le' | 'utf-16be' | null

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b)

/** What a file is from its first bytes: a zip (XLSX), an old OLE document (XLS, DOC), a PDF, or possibly text. */
export function sniffFormat(bytes: Uint8Array): ByteFormat {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip'
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole'
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'
  return 'text'
}

/** The byte-order mark at the start, if any. */
export function sniffBom(bytes: Uint8Array): TextBom {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8'
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le'
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be'
  return null
}

/** UTF-16 without a byte-order mark shows as a zero byte beside nearly every ASCII letter. */
export function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1)
  if (sample.length < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++
    if (sample[i + 1] === 0) oddZeros++
  }
  const pairs = sample.length / 2
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le'
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be'
  return null
}

/**
 * Whether decoded text is really binary data: real spreadsheets hold almost no control characters
 * (a stray NUL in a cell is tolerated), random bytes hold about one in nine.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536)
  if (sample.length === 0) return false
  let controls = 0
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd) controls++
  }
  return controls > 8 && controls / sample.length > 0.02
}

/** Windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1); undefined bytes stay as they are. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'

/** Decodes Windows-1252 by hand: some runtimes treat the label as Latin-1 and lose €, curly quotes and dashes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192)
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)))
  }
  return out
}
