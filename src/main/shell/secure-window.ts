import { BrowserWindow, type WebContents } from 'electron'
import { externalWebUrl } from './external-url'

/**
 * The main window. The renderer runs as an untrusted web page: isolated, sandboxed, without Node.
 * The options stay a literal at the `new BrowserWindow` call so electronegativity can read them.
 */
export function createMainWindow(preloadPath: string, bounds: { x?: number; y?: number; width: number; height: number }): BrowserWindow {
  return new BrowserWindow({
    ...bounds,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Coalition',
    backgroundColor: '#FFFFFF',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A middle click on a link would otherwise ask for a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  })
}

/**
 * Keeps every page on our own content: no navigation, no redirects, no webviews, no new windows.
 * A link the user clicks (target=_blank) may open in their browser, and only if it is a web address:
 * our page has no script but our own (CSP), so nothing else asks for a new window.
 */
export function lockDownContents(contents: WebContents, openInBrowser: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    const safe = externalWebUrl(url)
    if (safe) openInBrowser(safe)
    return { action: 'deny' }
  })
}
