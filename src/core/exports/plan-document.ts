import { ACTIVITY_STATUS_INFO, activityTypeLabel } from '../plan/catalog'
import { activitiesForTimeline, activityTargets, timelineDate, uncoveredStakeholders } from '../plan/plan-rules'
import type { Activity } from '../plan/schema'
import { QUADRANTS, QUADRANT_IDS, type QuadrantId, quadrantOf } from '../map/quadrant'
import { NEAR_DESIRED, activityProgress, nearDesired, progressSeries, currentEntries } from '../tracking/progress'
import { ATTITUDES, ATTITUDE_INFO } from '../workshop/attitude'
import type { Stakeholder, Workshop } from '../workshop/schema'
import { type ContentBox, INK, type LaidOutPage, MUTED_INK, type MeasureText, type TextStyle, lineHeight } from './display-list'
import { DOC_STYLES, flowHeading, flowNote, flowParagraph } from './flow-text'
import { formatLongDate, formatShortDate } from './format'
import { mapAxisCaptions, mapFigure } from './map-figure'
import { PageFlow } from './page-flow'
import { layoutEmptyNote, layoutTable } from './table-layout'
import { layoutTimelineChart } from './timeline-figure'
import { fitText } from './text-layout'

export interface PersonRow {
  name: string
  role: string
  unit: string
  attitude: string
  owner: string
  topConcern: string
}

export interface ActivityRow {
  title: string
  type: string
  owner: string
  cadence: string
  dates: string
  status: string
  /** Start, else due date; null when undated (the timeline puts those last). */
  sortDate: string | null
}

export interface QuadrantSection {
  id: QuadrantId
  name: string
  motto: string
  approach: string
  fill: string
  accent: string
  people: PersonRow[]
  activities: ActivityRow[]
  /** Names of the people here whom no planned or running activity reaches. */
  uncovered: string[]
}

export interface PlanView {
  title: string
  organisation: string
  initiative: string
  facilitator: string
  date: string
  stakeholderCount: number
  placedCount: number
  quadrants: QuadrantSection[]
  unplaced: PersonRow[]
  timeline: ActivityRow[]
  /** Every snapshot, oldest first, then the map now. */
  snapshots: { name: string; date: string; counts: Record<QuadrantId, number>; near: string }[]
  nearDesired: { near: number; withTarget: number }
  /** `planned` counts every activity not dropped, done ones included. */
  activityStatus: { planned: number; inProgress: number; done: number; dropped: number }
  signatures: { signed: number; total: number }
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)

/** The most recent concern noted for a person, or an empty string. */
export function topConcern(person: Stakeholder): string {
  let latest: Stakeholder['notes'][number] | null = null
  for (const note of person.notes) if (note.kind === 'concern' && (!latest || note.date >= latest.date)) latest = note
  return latest?.text ?? ''
}

function personRow(person: Stakeholder): PersonRow {
  return {
    name: person.name,
    role: person.role,
    unit: person.unit,
    attitude: ATTITUDE_INFO[person.attitude].label,
    owner: person.owner,
    topConcern: topConcern(person),
  }
}

function activityRow(activity: Activity): ActivityRow {
  const start = activity.startDate ? formatShortDate(activity.startDate) : ''
  const due = activity.dueDate ? formatShortDate(activity.dueDate) : ''
  return {
    title: activity.title,
    type: activityTypeLabel(activity),
    owner: activity.owner,
    cadence: activity.cadence,
    dates: start && due ? `${start} – ${due}` : start ? `from ${start}` : due ? `by ${due}` : '',
    status: ACTIVITY_STATUS_INFO[activity.status].label,
    sortDate: timelineDate(activity),
  }
}

/** What the engagement plan shows, in order: people and activities per quadrant, the timeline, the progress figures. */
export function planView(workshop: Workshop): PlanView {
  const quadrantOfPerson = new Map<string, QuadrantId>()
  for (const s of workshop.stakeholders) if (s.position) quadrantOfPerson.set(s.id, quadrantOf(s.position))
  const reach = new Map(workshop.plan.activities.map((a) => [a.id, activityTargets(workshop, a)]))
  const targets = (activity: Activity, id: QuadrantId) =>
    activity.quadrants.includes(id) || (reach.get(activity.id) ?? []).some((s) => quadrantOfPerson.get(s.id) === id)
  const uncovered = uncoveredStakeholders(workshop)

  const quadrants = QUADRANT_IDS.map((id): QuadrantSection => {
    const q = QUADRANTS[id]
    return {
      id,
      name: q.name,
      motto: q.motto,
      approach: workshop.plan.approaches[id].trim() || q.approach,
      fill: q.fill,
      accent: q.accent,
      people: workshop.stakeholders.filter((s) => quadrantOfPerson.get(s.id) === id).sort(byName).map(personRow),
      activities: activitiesForTimeline(workshop.plan.activities.filter((a) => targets(a, id))).map(activityRow),
      uncovered: uncovered.filter((s) => quadrantOfPerson.get(s.id) === id).map((s) => s.name).sort((a, b) => a.localeCompare(b)),
    }
  })

  const timeline = activitiesForTimeline(workshop.plan.activities).map(activityRow)
  const near = nearDesired(workshop.stakeholders, currentEntries(workshop))
  const progress = activityProgress(workshop.plan.activities)
  const signatories = workshop.leadership.commitments.flatMap((c) => c.signatories)

  return {
    title: workshop.title,
    organisation: workshop.organisation,
    initiative: workshop.initiative,
    facilitator: workshop.facilitator,
    date: formatLongDate(workshop.startDate ?? workshop.createdAt),
    stakeholderCount: workshop.stakeholders.length,
    placedCount: quadrantOfPerson.size,
    quadrants,
    unplaced: workshop.stakeholders.filter((s) => !s.position).sort(byName).map(personRow),
    timeline,
    snapshots: progressSeries(workshop, 'The map now').map((point) => ({
      name: point.name,
      date: point.takenAt ? formatShortDate(point.takenAt) : 'today',
      counts: point.counts,
      near: `${point.nearDesired.near}/${point.nearDesired.total}`,
    })),
    nearDesired: { near: near.near, withTarget: near.total },
    activityStatus: { planned: progress.planned, inProgress: progress.inProgress, done: progress.done, dropped: progress.dropped },
    signatures: { signed: signatories.filter((s) => s.signature !== null).length, total: signatories.length },
  }
}

const PEOPLE_COLUMNS = [
  { header: 'Name', share: 0.22 },
  { header: 'Role', share: 0.16 },
  { header: 'Unit', share: 0.13 },
  { header: 'Attitude', share: 0.11 },
  { header: 'Owner', share: 0.14 },
  { header: 'Top concern', share: 0.24 },
]
const ACTIVITY_COLUMNS = [
  { header: 'Activity', share: 0.27 },
  { header: 'Type', share: 0.16 },
  { header: 'Owner', share: 0.15 },
  { header: 'Cadence', share: 0.13 },
  { header: 'Dates', share: 0.19 },
  { header: 'Status', share: 0.1 },
]
const peopleRows = (people: PersonRow[]) => people.map((p) => [p.name, p.role, p.unit, p.attitude, p.owner, p.topConcern])
const activityRows = (list: ActivityRow[]) => list.map((a) => [a.title, a.type, a.owner, a.cadence, a.dates, a.status])

/** The engagement plan laid out on pages: cover, map, a section per quadrant, timeline, progress. */
export function layoutPlan(workshop: Workshop, box: ContentBox, measure: MeasureText): LaidOutPage[] {
  const view = planView(workshop)
  const flow = new PageFlow(box)
  layoutCover(flow, view, measure)

  flow.newPage()
  flowHeading(flow, 'The stakeholder map', DOC_STYLES.h1, measure)
  const mapHeight = Math.round(box.width * 0.82)
  const figure = mapFigure(workshop.stakeholders, measure, { width: box.width, height: mapHeight, showDesired: true })
  const top = flow.y
  flow.add(...offset([...figure.items, ...mapAxisCaptions(box.width, mapHeight)], 0, top))
  flow.advance(mapHeight + 20)
  layoutAttitudeLegend(flow, measure)
  flow.advance(6)
  const notes = [`${figure.placed} of ${view.stakeholderCount} people are on the map; arrows lead to where the plan wants them.`]
  if (figure.unlabelled > 0) notes.push(`${figure.unlabelled} names are left off the map where they would have covered others; everyone is listed by quadrant below.`)
  flowNote(flow, notes.join(' '), measure)

  for (const q of view.quadrants) {
    flow.advance(22)
    layoutQuadrantBand(flow, q, measure)
    flowParagraph(flow, q.approach, DOC_STYLES.body, measure)
    flow.advance(8)
    flowHeading(flow, `People (${q.people.length})`, DOC_STYLES.h2, measure, 40)
    if (q.people.length) layoutTable(flow, PEOPLE_COLUMNS, peopleRows(q.people), measure, { namesOnOneLine: true })
    else layoutEmptyNote(flow, 'Nobody is in this quadrant.')
    flow.advance(12)
    flowHeading(flow, `Activities (${q.activities.length})`, DOC_STYLES.h2, measure, 40)
    if (q.activities.length) layoutTable(flow, ACTIVITY_COLUMNS, activityRows(q.activities), measure)
    else layoutEmptyNote(flow, 'No activity targets this quadrant yet.')
    if (q.uncovered.length) {
      flow.advance(6)
      flowParagraph(flow, `Not reached by any planned activity yet: ${q.uncovered.join(', ')}.`, DOC_STYLES.small, measure, q.accent)
    }
  }

  if (view.unplaced.length) {
    flow.advance(22)
    flowHeading(flow, `Not yet on the map (${view.unplaced.length})`, DOC_STYLES.h1, measure)
    layoutTable(flow, PEOPLE_COLUMNS, peopleRows(view.unplaced), measure, { namesOnOneLine: true })
  }

  flow.advance(22)
  flowHeading(flow, 'Timeline of actions', DOC_STYLES.h1, measure)
  if (layoutTimelineChart(flow, workshop.plan.activities, measure)) flow.advance(14)
  if (view.timeline.length) layoutTable(flow, ACTIVITY_COLUMNS, activityRows(view.timeline), measure)
  else layoutEmptyNote(flow, 'No activities are planned yet.')

  flow.advance(22)
  layoutProgress(flow, view, measure)
  return flow.pages
}

function layoutCover(flow: PageFlow, view: PlanView, measure: MeasureText): void {
  flow.advance(90)
  flowParagraph(flow, 'Engagement plan', DOC_STYLES.coverLine, measure, MUTED_INK)
  flow.advance(6)
  flowParagraph(flow, view.title, DOC_STYLES.coverTitle, measure)
  flow.advance(10)
  if (view.organisation) flowParagraph(flow, view.organisation, DOC_STYLES.coverLine, measure)
  flowParagraph(flow, view.facilitator ? `${view.date} · facilitated by ${view.facilitator}` : view.date, DOC_STYLES.body, measure, MUTED_INK)
  flow.advance(24)
  if (view.initiative) {
    flowParagraph(flow, view.initiative, { face: 'regular', size: 11 }, measure)
    flow.advance(30)
  }
  const figures: [string, string][] = [
    [String(view.stakeholderCount), 'stakeholders'],
    [String(view.placedCount), 'on the map'],
    [String(view.timeline.length), 'activities'],
    [`${view.signatures.signed}/${view.signatures.total}`, 'signatures'],
  ]
  layoutFigureRow(flow, figures, measure)
  flow.advance(16)
  const counts = view.quadrants.map((q) => `${q.name}: ${q.people.length}`).join('   ·   ')
  flowParagraph(flow, counts, DOC_STYLES.body, measure)
}

/** A row of big numbers with captions, as boxes across the width. */
export function layoutFigureRow(flow: PageFlow, figures: readonly [string, string][], measure: MeasureText): void {
  const gap = 10
  const w = (flow.box.width - gap * (figures.length - 1)) / figures.length
  const h = 54
  flow.ensure(h)
  figures.forEach(([value, caption], i) => {
    const x = i * (w + gap)
    flow.add({ kind: 'rect', x, y: flow.y, width: w, height: h, fill: '#F3F4F6', stroke: null, radius: 4 })
    flow.add({ kind: 'text', x: x + 10, y: flow.y + 8, text: value, style: DOC_STYLES.figure, colour: INK })
    flow.add({ kind: 'text', x: x + 10, y: flow.y + 36, text: fitText(caption, w - 20, DOC_STYLES.small, measure), style: DOC_STYLES.small, colour: MUTED_INK })
  })
  flow.advance(h)
}

function layoutQuadrantBand(flow: PageFlow, q: QuadrantSection, measure: MeasureText): void {
  const style: TextStyle = DOC_STYLES.h1
  const h = lineHeight(style) + 14
  flow.ensure(h + 120)
  flow.add({ kind: 'rect', x: 0, y: flow.y, width: flow.box.width, height: h, fill: q.fill, stroke: null, radius: 3 })
  flow.add({ kind: 'rect', x: 0, y: flow.y, width: 5, height: h, fill: q.accent, stroke: null })
  flow.add({ kind: 'text', x: 14, y: flow.y + 7, text: q.name, style, colour: q.accent })
  const motto: TextStyle = { face: 'italic', size: 10 }
  flow.add({ kind: 'text', x: flow.box.width - 10 - measure(q.motto, motto), y: flow.y + 11, text: q.motto, style: motto, colour: q.accent })
  flow.advance(h + 8)
}

/** The attitude colours as a key: a dot and a label for each. */
export function layoutAttitudeLegend(flow: PageFlow, measure: MeasureText): void {
  const style = DOC_STYLES.small
  flow.ensure(lineHeight(style))
  let x = 0
  for (const attitude of ATTITUDES) {
    const info = ATTITUDE_INFO[attitude]
    flow.add({ kind: 'circle', cx: x + 4, cy: flow.y + style.size * 0.6, r: 4, fill: info.colour, stroke: null })
    flow.add({ kind: 'text', x: x + 12, y: flow.y, text: info.label, style, colour: INK })
    x += 12 + measure(info.label, style) + 16
  }
  flow.advance(lineHeight(style))
}

function layoutProgress(flow: PageFlow, view: PlanView, measure: MeasureText): void {
  flowHeading(flow, 'Progress', DOC_STYLES.h1, measure, 120)
  const { planned, inProgress, done, dropped } = view.activityStatus
  layoutFigureRow(
    flow,
    [
      [`${done}/${planned}`, 'activities done'],
      [`${view.nearDesired.near}/${view.nearDesired.withTarget}`, 'people near their target'],
      [String(inProgress), 'activities under way'],
    ],
    measure,
  )
  flow.advance(6)
  flowNote(flow, `Activities done count against all not dropped (${dropped} dropped). “Near” means within ${NEAR_DESIRED} points of the desired position on the map.`, measure)
  flow.advance(14)
  flowHeading(flow, 'People per quadrant, snapshot by snapshot', DOC_STYLES.h2, measure, 40)
  layoutTable(
    flow,
    [
      { header: 'Snapshot', share: 0.2 },
      { header: 'Taken', share: 0.13 },
      ...QUADRANT_IDS.map((id) => ({ header: QUADRANTS[id].name, share: 0.14 })),
      { header: 'Near target', share: 0.11 },
    ],
    view.snapshots.map((s) => [s.name, s.date, ...QUADRANT_IDS.map((id) => String(s.counts[id])), s.near]),
    measure,
  )
  if (view.snapshots.length === 1) flowNote(flow, 'No snapshots of the map have been taken yet: only the map as it is now.', measure)
}

/** Shifts items by (dx, dy): a figure drawn at its own origin, placed on the page. */
export function offset<T extends LaidOutPage['items'][number]>(items: readonly T[], dx: number, dy: number): T[] {
  return items.map((item) => {
    switch (item.kind) {
      case 'line':
      case 'arrow':
        return { ...item, x1: item.x1 + dx, y1: item.y1 + dy, x2: item.x2 + dx, y2: item.y2 + dy }
      case 'circle':
        return { ...item, cx: item.cx + dx, cy: item.cy + dy }
      default:
        return { ...item, x: item.x + dx, y: item.y + dy }
    }
  })
}
