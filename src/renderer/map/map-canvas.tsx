import type Konva from 'konva'
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Layer, Stage } from 'react-konva'
import type { MapPosition } from '../../core/map/quadrant'
import { moveOnMap } from '../../core/workshop/stakeholder-edits'
import type { Stakeholder } from '../../core/workshop/schema'
import { sessionActions, useSessionStore } from '../state/workshop-session'
import { LabelOverlay } from './label-overlay'
import { MAP_STATUS_ID } from './map-announcer'
import { type NodeLabel, labelZoom, layoutLabels, useSettled } from './map-labels'
import { useMapMarks } from './map-marks'
import { mapViewActions, useMapView } from './map-view-store'
import { MovementLayer } from './movement-layer'
import { useHidesLiveNodes } from './movement-store'
import { QuadrantBackdrop } from './quadrant-backdrop'
import { type NodeDisplay, StakeholderNode } from './stakeholder-node'
import { TargetLayer } from './target-layer'

const WHEEL_ZOOM = 1.1
/** Names are placed again this long after the last wheel step or resize, not on each one. */
const SETTLE_MS = 150
type Placed = Stakeholder & { position: MapPosition }
const NO_LABEL: NodeLabel = { text: '', x: 0, y: 0, width: 0, height: 0, fontSize: 18, free: false }

const onSelect = (id: string) => sessionActions.select(id)
const onMoved = (id: string, position: MapPosition) => {
  const name = useSessionStore.getState().session?.history.present.stakeholders.find((s) => s.id === id)?.name ?? ''
  sessionActions.edit(`Move ${name}`, (w) => moveOnMap(w, id, position))
}

export interface MapCanvasProps {
  containerRef: (element: HTMLDivElement | null) => void
  /** What each node shows instead of the name (presentation mode anonymises). */
  labels?: ReadonlyMap<string, NodeDisplay>
  /** Grows nodes and their labels, and the quadrant texts, for the back row. */
  nodeScale?: number
  textScale?: number
  axisColour?: string
  /** Drawn above everything in world units and never catches the pointer (the spotlight). */
  overlay?: ReactNode
  /** Snapshot comparison and playback draw real names, so anonymised presentation turns them off. */
  showMovement?: boolean
}

/**
 * The stakeholder map on a Konva stage: a static backdrop layer, a layer of nodes and a layer for
 * the node being dragged. The workshop in the store is the source of truth; a drag is committed
 * to it once, on release. The map takes keyboard focus: Tab and arrows then act on its people.
 */
export function MapCanvas({ containerRef, labels, nodeScale, textScale, axisColour, overlay, showMovement = true }: MapCanvasProps) {
  const ownRef = useRef<HTMLDivElement | null>(null)
  const [dragLayer, setDragLayer] = useState<Konva.Layer | null>(null)
  const view = useMapView((s) => s.view)
  const viewport = useMapView((s) => s.viewport)
  const stakeholders = useSessionStore((s) => s.session?.history.present.stakeholders)
  const selectedId = useSessionStore((s) => s.session?.selectedId ?? null)
  const hideLiveNodes = useHidesLiveNodes() && showMovement
  const zoom = useSettled(labelZoom(view.scale, viewport), SETTLE_MS)
  const marks = useMapMarks(showMovement)
  // Placed again when people move (a drag commits once, on release), names, selection, zoom, the screen or the arrows over the map change.
  const layout = useMemo(
    () => layoutLabels({ stakeholders: stakeholders ?? [], texts: labels, nodeScale: nodeScale ?? 1, textScale: textScale ?? 1, zoom, selectedId, marks }),
    [stakeholders, labels, nodeScale, textScale, zoom, selectedId, marks],
  )
  const hiddenLabels = useMemo(() => [...layout.entries()].filter(([id, l]) => !l.free && id !== selectedId).length, [layout, selectedId])

  useEffect(() => {
    const element = ownRef.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) => {
      if (entry) mapViewActions.setViewport(Math.floor(entry.contentRect.width), Math.floor(entry.contentRect.height))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  const setRefs = useCallback(
    (element: HTMLDivElement | null) => {
      ownRef.current = element
      containerRef(element)
    },
    [containerRef],
  )

  const placed = (stakeholders ?? []).filter((s): s is Placed => s.position !== null)

  return (
    <div
      ref={setRefs}
      className="map-canvas"
      data-testid="map-canvas"
      data-map-keys
      tabIndex={0}
      role="application"
      aria-roledescription="stakeholder map"
      aria-label="Stakeholder map. Tab selects the next person, arrow keys move them, 1 to 4 send them to a quadrant, Enter edits."
      aria-describedby={MAP_STATUS_ID}
      // The canvas swallows the click that would focus the map; focus it by hand so the keys follow.
      onPointerDown={() => ownRef.current?.focus({ preventScroll: true })}
      data-scale={view.scale}
      data-offset-x={view.x}
      data-offset-y={view.y}
      data-labels-hidden={hiddenLabels}
    >
      {viewport.width > 0 && (
        <Stage
          width={viewport.width}
          height={viewport.height}
          scaleX={view.scale}
          scaleY={view.scale}
          x={view.x}
          y={view.y}
          draggable
          onDragEnd={(event) => {
            const stage = event.target.getStage()
            if (event.target === stage) mapViewActions.setView({ scale: view.scale, x: stage.x(), y: stage.y() })
          }}
          onWheel={(event) => {
            event.evt.preventDefault()
            const pointer = event.target.getStage()?.getPointerPosition()
            if (pointer) mapViewActions.zoomBy(event.evt.deltaY < 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM, pointer)
          }}
          onMouseDown={(event) => {
            if (event.target === event.target.getStage()) sessionActions.select(null)
          }}
        >
          <Layer listening={false}>
            <QuadrantBackdrop textScale={textScale} axisColour={axisColour} />
          </Layer>
          {showMovement && <MovementLayer />}
          {!hideLiveNodes && (
            <Layer>
              {placed.map((s) => {
                const label = layout.get(s.id) ?? NO_LABEL
                return (
                  <StakeholderNode
                    key={s.id}
                    stakeholder={s}
                    selected={s.id === selectedId}
                    dragLayer={dragLayer}
                    onSelect={onSelect}
                    onMoved={onMoved}
                    display={labels?.get(s.id)}
                    scale={nodeScale}
                    labelText={label.text}
                    labelX={label.x}
                    labelY={label.y}
                    labelHeight={label.height}
                    labelSize={label.fontSize}
                    labelShown={label.free}
                  />
                )
              })}
            </Layer>
          )}
          {!hideLiveNodes && <LabelOverlay layout={layout} stakeholders={placed} selectedId={selectedId} />}
          <TargetLayer />
          <Layer ref={setDragLayer} />
          {overlay && <Layer listening={false}>{overlay}</Layer>}
        </Stage>
      )}
    </div>
  )
}
