import { create } from 'zustand'
import { type ViewTransform, fitView, zoomAround } from './map-geometry'

interface MapViewState {
  view: ViewTransform
  viewport: { width: number; height: number }
  /** Whether the user zoomed or panned; until then the map follows the window's size. */
  userMoved: boolean
}

/** Zoom and pan of the map, shared by the canvas, the toolbar and the keyboard actions. */
export const useMapView = create<MapViewState>(() => ({
  view: { scale: 1, x: 0, y: 0 },
  viewport: { width: 0, height: 0 },
  userMoved: false,
}))

const ZOOM_STEP = 1.25

export const mapViewActions = {
  setViewport(width: number, height: number): void {
    const { userMoved, view } = useMapView.getState()
    useMapView.setState({ viewport: { width, height }, view: userMoved ? view : fitView(width, height) })
  },
  setView(view: ViewTransform): void {
    useMapView.setState({ view, userMoved: true })
  },
  zoomBy(factor: number, around?: { x: number; y: number }): void {
    const { view, viewport } = useMapView.getState()
    const point = around ?? { x: viewport.width / 2, y: viewport.height / 2 }
    useMapView.setState({ view: zoomAround(view, factor, point.x, point.y), userMoved: true })
  },
  zoomIn(): void {
    mapViewActions.zoomBy(ZOOM_STEP)
  },
  zoomOut(): void {
    mapViewActions.zoomBy(1 / ZOOM_STEP)
  },
  /** Lets the map follow the next viewport it is given, e.g. when presentation mode swaps the screen. */
  refit(): void {
    useMapView.setState({ userMoved: false })
  },
  fit(): void {
    const { viewport } = useMapView.getState()
    useMapView.setState({ view: fitView(viewport.width, viewport.height), userMoved: false })
  },
}
