import { DndContext, type DragEndEvent, DragOverlay, type DragStartEvent, PointerSensor, useDroppable, useSensor, useSensors } from '@dnd-kit/core'
import { useCallback, useRef, useState } from 'react'
import { placeOnMap } from '../../core/workshop/stakeholder-edits'
import type { Stakeholder } from '../../core/workshop/schema'
import { DetailsPanel } from '../stakeholders/details-panel'
import { QuickAdd } from '../stakeholders/quick-add'
import { StakeholderChipContent, UNPLACED_PREFIX, UnplacedList } from '../stakeholders/unplaced-list'
import { currentWorkshop, sessionActions } from '../state/workshop-session'
import { MapCanvas } from './map-canvas'
import { screenToWorld, worldToPosition } from './map-geometry'
import { MapMirrorList } from './map-mirror-list'
import { MapToolbar } from './map-toolbar'
import { MovementBar } from './movement-bar'
import { useMapView } from './map-view-store'

const MAP_DROP_ID = 'map-drop'

/** The heart of the workshop: people to place on the left, the map, and the selected person's details. */
export function MapScreen() {
  const canvasElement = useRef<HTMLDivElement | null>(null)
  const [dragging, setDragging] = useState<Stakeholder | null>(null)
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }))
  const setCanvasElement = useCallback((element: HTMLDivElement | null) => {
    canvasElement.current = element
  }, [])

  const onDragStart = (event: DragStartEvent) => {
    const id = String(event.active.id).slice(UNPLACED_PREFIX.length)
    setDragging(currentWorkshop().stakeholders.find((s) => s.id === id) ?? null)
    sessionActions.select(id)
  }

  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null)
    const element = canvasElement.current
    const start = event.activatorEvent
    if (event.over?.id !== MAP_DROP_ID || !element || !(start instanceof PointerEvent || start instanceof MouseEvent)) return
    const id = String(event.active.id).slice(UNPLACED_PREFIX.length)
    const rect = element.getBoundingClientRect()
    const world = screenToWorld(useMapView.getState().view, start.clientX + event.delta.x - rect.left, start.clientY + event.delta.y - rect.top)
    const name = currentWorkshop().stakeholders.find((s) => s.id === id)?.name ?? ''
    sessionActions.edit(`Place ${name} on the map`, (w) => placeOnMap(w, id, worldToPosition(world.x, world.y)))
    sessionActions.select(id)
  }

  return (
    <DndContext sensors={sensors} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}>
      <div className="map-screen">
        <div className="side-panel">
          <QuickAdd />
          <UnplacedList />
        </div>
        <MapDropArea onCanvasElement={setCanvasElement} />
        <DetailsPanel />
      </div>
      <DragOverlay dropAnimation={null}>
        {dragging && (
          <div className="chip overlay">
            <StakeholderChipContent stakeholder={dragging} />
          </div>
        )}
      </DragOverlay>
    </DndContext>
  )
}

/** The map as a drop target for names dragged from the side list; must sit inside the DndContext. */
function MapDropArea({ onCanvasElement }: { onCanvasElement(element: HTMLDivElement | null): void }) {
  const { setNodeRef, isOver } = useDroppable({ id: MAP_DROP_ID })
  const setCanvasRef = useCallback(
    (element: HTMLDivElement | null) => {
      onCanvasElement(element)
      setNodeRef(element)
    },
    [onCanvasElement, setNodeRef],
  )
  return (
    <div className={`map-area${isOver ? ' drop-target' : ''}`}>
      <MapToolbar />
      <MovementBar />
      <MapCanvas containerRef={setCanvasRef} />
      <MapMirrorList />
    </div>
  )
}
