/** Windows refuses these as file names whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i

/**
 * A readable file stem for a workshop title that is valid on Windows, macOS and Linux: keeps letters
 * of any script, drops characters file systems refuse, trims trailing dots and spaces.
 */
export function fileStemFromTitle(title: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/\s*:\s*/g, ' - ')
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001F\u007F]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '')
  const short = Array.from(cleaned).slice(0, 80).join('').trim()
  if (short.length === 0) return 'Workshop'
  return RESERVED.test(short) ? `${short} workshop` : short
}

/** The first of `stem.json`, `stem (2).json`, … that `taken` does not contain. */
export function uniqueFileName(stem: string, taken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}.json` : `${stem} (${n}).json`
    if (!taken(name)) return name
  }
}
