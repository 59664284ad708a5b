import { mapViewActions } from '../map/map-view-store'
import { presentationActions, usePresentation } from './presentation-store'

let ownsFullscreen = false

/** Leaving full screen by the window's own means (Esc, F11) leaves presentation mode too. */
function onFullscreenChange(): void {
  if (document.fullscreenElement || !ownsFullscreen) return
  ownsFullscreen = false
  leavePresentation()
}

/** Presentation mode: the map alone on the whole screen, fitted afresh. */
export function enterPresentation(): void {
  if (usePresentation.getState().active) return
  presentationActions.set(true)
  mapViewActions.refit()
  document.addEventListener('fullscreenchange', onFullscreenChange)
  // A window that refuses full screen (a browser without a user gesture) still presents in the window.
  if (!document.fullscreenElement && document.documentElement.requestFullscreen) {
    document.documentElement.requestFullscreen().then(
      () => {
        ownsFullscreen = true
      },
      () => undefined,
    )
  }
}

export function leavePresentation(): void {
  if (!usePresentation.getState().active) return
  presentationActions.set(false)
  mapViewActions.refit()
  document.removeEventListener('fullscreenchange', onFullscreenChange)
  if (ownsFullscreen && document.fullscreenElement) {
    ownsFullscreen = false
    void document.exitFullscreen().catch(() => undefined)
  }
}
