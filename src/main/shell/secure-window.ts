import type { BrowserWindowConstructorOptions, WebContents } from 'electron'

/** The renderer runs as an untrusted web page: isolated, sandboxed, without Node. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: true,
} as const

export function mainWindowOptions(preloadPath: string, bounds: { x?: number; y?: number; width: number; height: number }): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Coalition',
    backgroundColor: '#FFFFFF',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  }
}

/** Keeps every page on our own content: no navigation, no new windows, no webviews. */
export function lockDownContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    // A link the user clicked may open in their browser, and only if it is a web address.
    if (/^https?:\/\//i.test(url)) openExternal(url)
    return { action: 'deny' }
  })
}
