import { ATTITUDES, ATTITUDE_INFO } from '../../core/workshop/attitude'
import { enterPresentation } from '../presentation/presentation-mode'
import { TimerPanel } from '../presentation/timer-panel'
import { mapViewActions } from './map-view-store'

/** Zoom controls and the attitude legend, over the top of the map. */
export function MapToolbar() {
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map view">
      <button type="button" onClick={mapViewActions.zoomOut} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button type="button" onClick={mapViewActions.zoomIn} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" onClick={mapViewActions.fit} title="Fit the map to the window (0)">
        Fit
      </button>
      <button type="button" onClick={enterPresentation} title="Presentation mode (F5)">
        Present
      </button>
      <TimerPanel size="compact" />
      <ul className="legend" aria-label="Attitude colours">
        {ATTITUDES.map((a) => (
          <li key={a}>
            <span className="dot" style={{ background: ATTITUDE_INFO[a].colour }} aria-hidden />
            {ATTITUDE_INFO[a].label}
          </li>
        ))}
      </ul>
    </div>
  )
}
