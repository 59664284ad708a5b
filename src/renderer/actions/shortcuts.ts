/** True on macOS, where Mod means Cmd. */
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** Whether a key event is the shortcut written as e.g. `Mod+Shift+Z`, `Delete` or `?`. */
export function matchesShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, shortcut: string): boolean {
  const parts = shortcut.split('+')
  const key = shortcut.endsWith('++') ? '+' : (parts.pop() ?? '')
  const wantMod = parts.includes('Mod')
  const wantShift = parts.includes('Shift')
  const wantAlt = parts.includes('Alt')
  const mod = isMac ? event.metaKey : event.ctrlKey
  if (mod !== wantMod || event.altKey !== wantAlt) return false
  // Printable symbols like ? and + need Shift on many layouts, so Shift only counts for letters and named keys.
  const symbol = key.length === 1 && !/[a-z0-9]/i.test(key)
  if (!symbol && event.shiftKey !== wantShift) return false
  return event.key.toLowerCase() === key.toLowerCase()
}

const KEY_NAMES: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc' }

/** Shows a shortcut the way the platform writes it. */
export function formatShortcut(shortcut: string): string {
  return shortcut
    .replace(/Arrow(Left|Right|Up|Down)|Escape/, (key) => KEY_NAMES[key] ?? key)
    .replace('Mod', isMac ? '⌘' : 'Ctrl')
    .replace('Shift', isMac ? '⇧' : 'Shift')
    .replace('Alt', isMac ? '⌥' : 'Alt')
    .replace(/\+(?=.)/g, isMac ? '' : '+')
}

/** Typing in a field must not trigger single-key shortcuts. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}
