import {
  type CollisionDetection,
  DndContext,
  type DragEndEvent,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import { useState } from 'react'
import { QUADRANTS } from '../../core/map/quadrant'
import { ACTIVITY_STATUS_INFO, activityTypeLabel } from '../../core/plan/catalog'
import { activityTargets, moveActivity } from '../../core/plan/plan-rules'
import { ACTIVITY_STATUSES, type Activity, type ActivityStatus } from '../../core/plan/schema'
import type { Workshop } from '../../core/workshop/schema'
import { sessionActions } from '../state/workshop-session'
import { planViewActions, usePlanView } from './plan-view-store'

const COLUMN = 'column:'
const CARD = 'card:'

// Over a card means "before that card"; elsewhere in a column, its end. The card wins when both are under the pointer.
const cardsFirst: CollisionDetection = (args) => {
  const hits = pointerWithin(args)
  const card = hits.find((h) => String(h.id).startsWith(CARD) && h.id !== `${CARD}${String(args.active.id)}`)
  if (card) return [card]
  const column = hits.find((h) => String(h.id).startsWith(COLUMN))
  return column ? [column] : rectIntersection(args).filter((h) => String(h.id).startsWith(COLUMN))
}

/** The activities as cards in a column per status; drag a card to another column (or before another card) to move it. */
export function ActivityBoard({ workshop }: { workshop: Workshop }) {
  const [dragging, setDragging] = useState<Activity | null>(null)
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 5 } }))
  const activities = workshop.plan.activities

  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null)
    const over = event.over ? String(event.over.id) : null
    const id = String(event.active.id)
    const activity = activities.find((a) => a.id === id)
    if (!over || !activity) return
    let status: ActivityStatus
    let beforeId: string | null = null
    if (over.startsWith(CARD)) {
      beforeId = over.slice(CARD.length)
      const target = activities.find((a) => a.id === beforeId)
      if (!target) return
      status = target.status
    } else {
      status = over.slice(COLUMN.length) as ActivityStatus
    }
    const label = status === activity.status ? `Reorder ${activity.title}` : `Move ${activity.title} to ${ACTIVITY_STATUS_INFO[status].label}`
    sessionActions.edit(label, (w) => moveActivity(w, id, status, beforeId))
  }

  return (
    <section aria-labelledby="board-heading" className="board-section">
      <h2 id="board-heading">Activities</h2>
      <DndContext
        sensors={sensors}
        collisionDetection={cardsFirst}
        onDragStart={(event) => setDragging(activities.find((a) => a.id === String(event.active.id)) ?? null)}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(null)}
      >
        <div className="board" data-testid="activity-board">
          {ACTIVITY_STATUSES.map((status) => (
            <BoardColumn key={status} status={status} workshop={workshop} activities={activities.filter((a) => a.status === status)} />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>{dragging && <CardBody workshop={workshop} activity={dragging} overlay />}</DragOverlay>
      </DndContext>
    </section>
  )
}

function BoardColumn({ status, workshop, activities }: { status: ActivityStatus; workshop: Workshop; activities: Activity[] }) {
  const { setNodeRef, isOver } = useDroppable({ id: `${COLUMN}${status}` })
  const info = ACTIVITY_STATUS_INFO[status]
  return (
    <div ref={setNodeRef} className={`board-column${isOver ? ' over' : ''}`} data-status={status} data-testid={`column-${status}`}>
      <h3 title={info.description}>
        {info.label} <span className="count">{activities.length}</span>
      </h3>
      <ul className="card-list">
        {activities.map((a) => (
          <BoardCard key={a.id} workshop={workshop} activity={a} />
        ))}
      </ul>
      {activities.length === 0 && <p className="hint">Drop an activity here.</p>}
    </div>
  )
}

function BoardCard({ workshop, activity }: { workshop: Workshop; activity: Activity }) {
  const selected = usePlanView((s) => s.selectedActivityId === activity.id)
  const { attributes, listeners, setNodeRef: setDragRef, isDragging } = useDraggable({ id: activity.id })
  const { setNodeRef: setDropRef, isOver } = useDroppable({ id: `${CARD}${activity.id}` })
  return (
    <li ref={setDropRef} className={isOver ? 'drop-before' : undefined}>
      <button
        ref={setDragRef}
        type="button"
        className={`board-card activity-card${selected ? ' selected' : ''}${isDragging ? ' dragging' : ''}`}
        data-activity-id={activity.id}
        onClick={() => planViewActions.select(activity.id)}
        {...listeners}
        {...attributes}
      >
        <CardBody workshop={workshop} activity={activity} />
      </button>
    </li>
  )
}

function CardBody({ workshop, activity, overlay }: { workshop: Workshop; activity: Activity; overlay?: boolean }) {
  const reached = activityTargets(workshop, activity).length
  const content = (
    <>
      <span className="card-title">{activity.title}</span>
      <span className="card-type">{activityTypeLabel(activity)}</span>
      <span className="card-targets">
        {activity.quadrants.map((q) => (
          <span key={q} className="quadrant-tag" style={{ borderColor: QUADRANTS[q].accent, color: QUADRANTS[q].accent }}>
            {QUADRANTS[q].name}
          </span>
        ))}
        <span className="card-reach">{reached === 1 ? '1 person' : `${reached} people`}</span>
      </span>
      {(activity.owner || activity.dueDate || activity.startDate) && (
        <span className="card-meta">
          {activity.owner}
          {activity.owner && (activity.startDate || activity.dueDate) ? ' · ' : ''}
          {activity.startDate ?? ''}
          {activity.dueDate && activity.dueDate !== activity.startDate ? ` → ${activity.dueDate}` : ''}
        </span>
      )}
    </>
  )
  return overlay ? <div className="board-card activity-card overlay">{content}</div> : content
}
