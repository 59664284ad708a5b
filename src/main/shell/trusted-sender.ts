/**
 * Whether an IPC message comes from our own renderer page: the packaged file, or in development
 * the electron-vite dev server. Anything else (a navigated-away frame, an iframe) is refused.
 */
export function isTrustedSenderUrl(senderUrl: string | undefined, rendererUrl: string): boolean {
  if (!senderUrl) return false
  let sender: URL
  let expected: URL
  try {
    sender = new URL(senderUrl)
    expected = new URL(rendererUrl)
  } catch {
    return false
  }
  if (expected.protocol === 'file:') return sender.protocol === 'file:' && decodeURIComponent(sender.pathname) === decodeURIComponent(expected.pathname)
  return sender.origin === expected.origin
}
