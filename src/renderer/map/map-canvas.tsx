import type Konva from 'konva'
import { useCallback, useEffect, useRef, useState } from 'react'
import { Layer, Stage } from 'react-konva'
import type { MapPosition } from '../../core/map/quadrant'
import { moveOnMap } from '../../core/workshop/stakeholder-edits'
import type { Stakeholder } from '../../core/workshop/schema'
import { sessionActions, useSessionStore } from '../state/workshop-session'
import { mapViewActions, useMapView } from './map-view-store'
import { MovementLayer } from './movement-layer'
import { useHidesLiveNodes } from './movement-store'
import { QuadrantBackdrop } from './quadrant-backdrop'
import { StakeholderNode } from './stakeholder-node'
import { TargetLayer } from './target-layer'

const WHEEL_ZOOM = 1.1
type Placed = Stakeholder & { position: MapPosition }

const onSelect = (id: string) => sessionActions.select(id)
const onMoved = (id: string, position: MapPosition) => {
  const name = useSessionStore.getState().session?.history.present.stakeholders.find((s) => s.id === id)?.name ?? ''
  sessionActions.edit(`Move ${name}`, (w) => moveOnMap(w, id, position))
}

/**
 * The stakeholder map on a Konva stage: a static backdrop layer, a layer of nodes and a layer for
 * the node being dragged. The workshop in the store is the source of truth; a drag is committed
 * to it once, on release.
 */
export function MapCanvas({ containerRef }: { containerRef: (element: HTMLDivElement | null) => void }) {
  const ownRef = useRef<HTMLDivElement | null>(null)
  const [dragLayer, setDragLayer] = useState<Konva.Layer | null>(null)
  const view = useMapView((s) => s.view)
  const viewport = useMapView((s) => s.viewport)
  const stakeholders = useSessionStore((s) => s.session?.history.present.stakeholders)
  const selectedId = useSessionStore((s) => s.session?.selectedId ?? null)
  const hideLiveNodes = useHidesLiveNodes()

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
      data-scale={view.scale}
      data-offset-x={view.x}
      data-offset-y={view.y}
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
            <QuadrantBackdrop />
          </Layer>
          <MovementLayer />
          {!hideLiveNodes && (
            <Layer>
              {placed.map((s) => (
                <StakeholderNode key={s.id} stakeholder={s} selected={s.id === selectedId} dragLayer={dragLayer} onSelect={onSelect} onMoved={onMoved} />
              ))}
            </Layer>
          )}
          <TargetLayer />
          <Layer ref={setDragLayer} />
        </Stage>
      )}
    </div>
  )
}
