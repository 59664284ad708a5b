import { type Announcements, DndContext, type DragEndEvent, DragOverlay, type DragStartEvent, PointerSensor, useDraggable, useDroppable, useSensor, useSensors } from '@dnd-kit/core'
import { useState } from 'react'
import { CHAMPION_CRITERIA, STAGE_CATALOG } from '../../core/network/catalog'
import { championsByStage } from '../../core/network/coverage'
import { moveChampion } from '../../core/network/network-edits'
import { CHAMPION_STAGES, type Champion, type ChampionStage } from '../../core/network/schema'
import { formatDay, todayIso } from '../common/today'
import { currentWorkshop, sessionActions, useSessionStore } from '../state/workshop-session'
import { AddChampion } from './add-champion'
import { CoveragePanel, GapsBanner } from './coverage-panel'
import { networkViewActions, useNetworkView } from './network-store'

const STAGE_PREFIX = 'stage:'
const NONE: Champion[] = []

/** Moves a champion as one undo step, stamping today as the day they reached the stage. */
export function moveChampionTo(champion: Champion, stage: ChampionStage): void {
  sessionActions.edit(`Move ${champion.name} to ${STAGE_CATALOG[stage].label}`, (w) => moveChampion(w, champion.id, stage, todayIso()))
}

const championName = (id: string | number) => currentWorkshop().network.champions.find((c) => c.id === String(id))?.name ?? 'The champion'
const stageName = (id: string | number | undefined) => {
  const stage = String(id ?? '').slice(STAGE_PREFIX.length) as ChampionStage
  return STAGE_CATALOG[stage]?.label ?? null
}

// Screen readers hear names and stages, not the ids dnd-kit would read out by default.
const ANNOUNCEMENTS: Announcements = {
  onDragStart: ({ active }) => `Picked up ${championName(active.id)}.`,
  onDragOver: ({ active, over }) => (stageName(over?.id) ? `${championName(active.id)} is over ${stageName(over?.id)}.` : undefined),
  onDragEnd: ({ active, over }) => (stageName(over?.id) ? `${championName(active.id)} moved to ${stageName(over?.id)}.` : `${championName(active.id)} stays where they were.`),
  onDragCancel: ({ active }) => `${championName(active.id)} stays where they were.`,
}
const ACCESSIBILITY = {
  announcements: ANNOUNCEMENTS,
  screenReaderInstructions: { draggable: 'Drag with the mouse to another stage, or press Enter to select and choose the stage in the details panel.' },
}

/** The pipeline as four columns; drag a card to another column to move the champion on. */
export function ChampionBoard() {
  const champions = useSessionStore((s) => s.session?.history.present.network.champions ?? NONE)
  const [dragging, setDragging] = useState<Champion | null>(null)
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }))
  const grouped = championsByStage(champions)

  const onDragStart = (event: DragStartEvent) => {
    const id = String(event.active.id)
    setDragging(currentWorkshop().network.champions.find((c) => c.id === id) ?? null)
    networkViewActions.select(id)
  }
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null)
    const over = event.over ? String(event.over.id) : ''
    if (!over.startsWith(STAGE_PREFIX)) return
    const stage = over.slice(STAGE_PREFIX.length) as ChampionStage
    const champion = currentWorkshop().network.champions.find((c) => c.id === String(event.active.id))
    if (champion && champion.stage !== stage) moveChampionTo(champion, stage)
  }

  return (
    <div className="champion-main">
      <AddChampion />
      <GapsBanner />
      <DndContext sensors={sensors} accessibility={ACCESSIBILITY} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}>
        <div className="champion-board" data-testid="champion-board">
          {CHAMPION_STAGES.map((stage) => (
            <StageColumn key={stage} stage={stage} champions={grouped[stage]} />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>{dragging && <CardContent champion={dragging} overlay />}</DragOverlay>
      </DndContext>
      <p className="hint">Drag a card to another column, or select it and choose its stage on the right. The day it moves is recorded.</p>
      <CoveragePanel />
    </div>
  )
}

function StageColumn({ stage, champions }: { stage: ChampionStage; champions: Champion[] }) {
  const { setNodeRef, isOver } = useDroppable({ id: `${STAGE_PREFIX}${stage}` })
  const info = STAGE_CATALOG[stage]
  return (
    <section ref={setNodeRef} className={`stage-column stage-${stage}${isOver ? ' drop-target' : ''}`} aria-labelledby={`stage-${stage}-heading`} data-testid={`stage-${stage}`}>
      <h3 id={`stage-${stage}-heading`}>
        {info.label} <span className="count">{champions.length}</span>
      </h3>
      <p className="stage-description">{info.description}</p>
      <ul className="champion-list">
        {champions.map((c) => (
          <ChampionCard key={c.id} champion={c} />
        ))}
      </ul>
    </section>
  )
}

function ChampionCard({ champion }: { champion: Champion }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: champion.id })
  const selected = useNetworkView((s) => s.selectedId === champion.id)
  return (
    <li>
      <button
        ref={setNodeRef}
        type="button"
        className={`board-card champion-card${selected ? ' selected' : ''}${isDragging ? ' dragging' : ''}`}
        data-champion-id={champion.id}
        onClick={() => networkViewActions.select(champion.id)}
        {...listeners}
        {...attributes}
      >
        <CardContent champion={champion} />
      </button>
    </li>
  )
}

/** Name, unit, the two criteria and the day of the current stage: shared by cards and the drag overlay. */
function CardContent({ champion, overlay = false }: { champion: Champion; overlay?: boolean }) {
  const day = champion.stageDates[champion.stage]
  const content = (
    <>
      <span className="champion-name">{champion.name}</span>
      <span className="champion-unit">{champion.unit || 'No unit'}</span>
      <span className="champion-meta">
        <span className={`criterion${champion.respected ? ' met' : ''}`} title={CHAMPION_CRITERIA.respected.label}>
          {champion.respected ? '✓' : '–'} Respected
        </span>
        <span className={`criterion${champion.willing ? ' met' : ''}`} title={CHAMPION_CRITERIA.willing.label}>
          {champion.willing ? '✓' : '–'} Willing
        </span>
        {day && <span className="champion-day">{formatDay(day)}</span>}
      </span>
    </>
  )
  return overlay ? <div className="board-card champion-card overlay">{content}</div> : content
}
