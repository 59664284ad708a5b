import { useDraggable } from '@dnd-kit/core'
import { ATTITUDE_INFO } from '../../core/workshop/attitude'
import type { Stakeholder } from '../../core/workshop/schema'
import { sessionActions, useSessionStore } from '../state/workshop-session'

export const UNPLACED_PREFIX = 'unplaced:'

/** The people named but not yet placed; each can be dragged onto the map. */
export function UnplacedList() {
  const stakeholders = useSessionStore((s) => s.session?.history.present.stakeholders)
  const selectedId = useSessionStore((s) => s.session?.selectedId ?? null)
  const unplaced = (stakeholders ?? []).filter((s) => s.position === null)
  return (
    <section className="unplaced" aria-labelledby="unplaced-heading">
      <h2 id="unplaced-heading">
        Not on the map yet <span className="count">{unplaced.length}</span>
      </h2>
      {unplaced.length === 0 ? (
        <p className="hint">Everyone is on the map. Add a name above to bring in someone new.</p>
      ) : (
        <ul className="chip-list" data-testid="unplaced-list">
          {unplaced.map((s) => (
            <UnplacedChip key={s.id} stakeholder={s} selected={s.id === selectedId} />
          ))}
        </ul>
      )}
      <p className="hint">Drag a name onto the map, or select it and press 1–4 to send it to a quadrant.</p>
    </section>
  )
}

function UnplacedChip({ stakeholder, selected }: { stakeholder: Stakeholder; selected: boolean }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `${UNPLACED_PREFIX}${stakeholder.id}` })
  return (
    <li>
      <button
        ref={setNodeRef}
        type="button"
        className={`chip${selected ? ' selected' : ''}${isDragging ? ' dragging' : ''}`}
        data-stakeholder-id={stakeholder.id}
        onClick={() => sessionActions.select(stakeholder.id)}
        {...listeners}
        {...attributes}
      >
        <StakeholderChipContent stakeholder={stakeholder} />
      </button>
    </li>
  )
}

/** Attitude dot, name and role: shared by the list chips and the drag overlay. */
export function StakeholderChipContent({ stakeholder }: { stakeholder: Stakeholder }) {
  return (
    <>
      <span className="dot" style={{ background: ATTITUDE_INFO[stakeholder.attitude].colour }} aria-hidden />
      <span className="chip-name">{stakeholder.name}</span>
      {stakeholder.role && <span className="chip-role">{stakeholder.role}</span>}
    </>
  )
}
