import { DndContext, type DragEndEvent, DragOverlay, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors } from '@dnd-kit/core'
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { nanoid } from 'nanoid'
import { useState } from 'react'
import { addStatement, moveStatement, removeStatement, shiftStatement, updateStatement } from '../../core/leaders/commitment-edits'
import type { Commitment } from '../../core/leaders/schema'
import type { Workshop } from '../../core/workshop/schema'
import { CommitInput } from '../common/commit-input'
import { CommitTextarea } from '../common/commit-textarea'
import { sessionActions } from '../state/workshop-session'
import { STAKEHOLDER_NAMES_LIST } from './use-workshop'

type Statement = Commitment['statements'][number]

/** The statements in their order: drag a handle (or focus it and use the arrow keys) to reorder; each move is one undo step. */
export function StatementList({ commitment }: { commitment: Commitment }) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const [dragging, setDragging] = useState<Statement | null>(null)
  const edit = (label: string, change: (w: Workshop) => Workshop) => sessionActions.edit(label, change)
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null)
    const over = event.over?.id
    if (over && over !== event.active.id) edit('Reorder statements', (w) => moveStatement(w, commitment.id, String(event.active.id), String(over)))
  }
  return (
    <div className="statements">
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragStart={(event) => setDragging(commitment.statements.find((s) => s.id === event.active.id) ?? null)}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(null)}
      >
        <SortableContext items={commitment.statements.map((s) => s.id)} strategy={verticalListSortingStrategy}>
          <ol className="statement-list" aria-label="Statements">
            {commitment.statements.map((statement, index) => (
              <SortableStatement key={statement.id} commitment={commitment} statement={statement} index={index} />
            ))}
          </ol>
        </SortableContext>
        <DragOverlay dropAnimation={null}>
          {dragging && (
            <div className="statement-overlay">
              <span className="drag-handle" aria-hidden="true">
                ⠿
              </span>
              {dragging.text}
            </div>
          )}
        </DragOverlay>
      </DndContext>
      <NewStatement commitment={commitment} />
    </div>
  )
}

function SortableStatement({ commitment, statement, index }: { commitment: Commitment; statement: Statement; index: number }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: statement.id })
  const number = index + 1
  const last = index === commitment.statements.length - 1
  return (
    <li
      ref={setNodeRef}
      className={`statement${isDragging ? ' dragging' : ''}`}
      data-statement={statement.id}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="drag-handle"
        aria-label={`Move statement ${number}`}
        {...attributes}
        {...listeners}
      >
        ⠿
      </button>
      <span className="statement-number">{number}.</span>
      <div className="statement-fields">
        <CommitTextarea
          aria-label={`Statement ${number}`}
          rows={2}
          value={statement.text}
          maxLength={5000}
          onCommit={(text) => text.trim() && sessionActions.edit(`Edit statement ${number}`, (w) => updateStatement(w, commitment.id, statement.id, { text: text.trim() }))}
        />
        <label className="credit">
          <span>Proposed by</span>
          <CommitInput
            aria-label={`Statement ${number} proposed by`}
            list={STAKEHOLDER_NAMES_LIST}
            value={statement.proposedBy}
            maxLength={200}
            placeholder="Nobody credited"
            onCommit={(proposedBy) =>
              sessionActions.edit(`Credit statement ${number}`, (w) => updateStatement(w, commitment.id, statement.id, { proposedBy: proposedBy.trim() }))
            }
          />
        </label>
      </div>
      <div className="statement-actions">
        <button
          type="button"
          className="icon-button"
          aria-label={`Move statement ${number} up`}
          disabled={index === 0}
          onClick={() => sessionActions.edit('Reorder statements', (w) => shiftStatement(w, commitment.id, statement.id, -1))}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Move statement ${number} down`}
          disabled={last}
          onClick={() => sessionActions.edit('Reorder statements', (w) => shiftStatement(w, commitment.id, statement.id, 1))}
        >
          ↓
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Remove statement ${number}`}
          onClick={() => sessionActions.edit(`Remove statement ${number}`, (w) => removeStatement(w, commitment.id, statement.id))}
        >
          ✕
        </button>
      </div>
    </li>
  )
}

function NewStatement({ commitment }: { commitment: Commitment }) {
  const [text, setText] = useState('')
  const [proposedBy, setProposedBy] = useState('')
  const submit = () => {
    if (!text.trim()) return
    sessionActions.edit('Add a statement', (w) => addStatement(w, commitment.id, { id: nanoid(10), text, proposedBy }))
    // The next statement usually comes from someone else: a credit carried over would be a wrong one.
    setText('')
    setProposedBy('')
  }
  return (
    <form
      className="new-statement"
      aria-label="Add a statement"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <label htmlFor="new-statement-text">New statement</label>
      <textarea
        id="new-statement-text"
        rows={2}
        value={text}
        maxLength={5000}
        placeholder="We will…  (Enter adds it, Shift+Enter starts a new line)"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault()
            submit()
          }
        }}
      />
      <div className="row">
        <label htmlFor="new-statement-credit">Proposed by</label>
        <input
          id="new-statement-credit"
          list={STAKEHOLDER_NAMES_LIST}
          value={proposedBy}
          maxLength={200}
          placeholder="Who suggested it (optional)"
          onChange={(event) => setProposedBy(event.target.value)}
        />
        <button type="submit" className="primary" disabled={!text.trim()}>
          Add statement
        </button>
      </div>
    </form>
  )
}
