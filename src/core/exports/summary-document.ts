import { networkCoverage, stageCounts } from '../network/coverage'
import { activitiesForTimeline, isActive, timelineDate } from '../plan/plan-rules'
import { QUADRANTS, QUADRANT_IDS } from '../map/quadrant'
import { quadrantCounts, currentEntries } from '../tracking/progress'
import type { Workshop } from '../workshop/schema'
import { type ContentBox, INK, type LaidOutPage, MUTED_INK, type MeasureText, type TextStyle, lineHeight } from './display-list'
import { DOC_STYLES, flowParagraph } from './flow-text'
import { formatLongDate, formatShortDate } from './format'
import { mapFigure } from './map-figure'
import { PageFlow } from './page-flow'
import { offset, topConcern } from './plan-document'
import { fitText, wrapText } from './text-layout'

const LIST_LIMIT = 5

export interface SummaryView {
  title: string
  subtitle: string
  counts: { name: string; fill: string; accent: string; count: number }[]
  unplaced: number
  /** The latest concern of the most influential people who voiced one. */
  concerns: { name: string; text: string }[]
  /** Activities still to come, soonest first. */
  nextActions: { when: string; title: string; owner: string }[]
  moreActions: number
  commitments: { title: string; signed: number; total: number; signedNames: string[] }[]
  network: { confirmed: number; gaps: string[]; units: number }
}

/** What the one-page summary shows: the map in small, people per quadrant, top concerns, next actions, signatures. */
export function summaryView(workshop: Workshop): SummaryView {
  const counts = quadrantCounts(currentEntries(workshop))
  const concerns = workshop.stakeholders
    .map((s) => ({ s, text: topConcern(s) }))
    .filter((c) => c.text)
    .sort((a, b) => (b.s.position?.influence ?? -1) - (a.s.position?.influence ?? -1) || a.s.name.localeCompare(b.s.name))
    .slice(0, LIST_LIMIT)
    .map((c) => ({ name: c.s.name, text: c.text }))
  const upcoming = activitiesForTimeline(workshop.plan.activities.filter(isActive))
  const byId = new Map(workshop.stakeholders.map((s) => [s.id, s.name]))
  const coverage = networkCoverage(workshop)
  return {
    title: workshop.title,
    subtitle: [workshop.organisation, formatLongDate(workshop.startDate ?? workshop.createdAt), workshop.facilitator && `facilitated by ${workshop.facilitator}`]
      .filter(Boolean)
      .join(' · '),
    counts: QUADRANT_IDS.map((id) => ({ name: QUADRANTS[id].name, fill: QUADRANTS[id].fill, accent: QUADRANTS[id].accent, count: counts[id] })),
    unplaced: workshop.stakeholders.filter((s) => !s.position).length,
    concerns,
    nextActions: upcoming.slice(0, LIST_LIMIT).map((a) => {
      const date = timelineDate(a)
      return { when: date ? formatShortDate(date) : 'No date', title: a.title, owner: a.owner }
    }),
    moreActions: Math.max(0, upcoming.length - LIST_LIMIT),
    commitments: workshop.leadership.commitments.map((c) => {
      const named = c.signatories.filter((s) => byId.has(s.stakeholderId))
      const signed = named.filter((s) => s.signature !== null)
      return { title: c.title, signed: signed.length, total: named.length, signedNames: signed.map((s) => byId.get(s.stakeholderId)!) }
    }),
    network: { confirmed: stageCounts(workshop.network.champions).confirmed, gaps: coverage.gaps, units: coverage.units.length },
  }
}

const H: TextStyle = { face: 'bold', size: 11 }
const BODY: TextStyle = { face: 'regular', size: 9 }
const SMALL: TextStyle = { face: 'italic', size: 8 }

/**
 * The summary on exactly one page: the map in small beside the quadrant counts, then the lists.
 * Every list is capped and every item kept to two lines, so nothing spills onto a second page.
 */
export function layoutSummary(workshop: Workshop, box: ContentBox, measure: MeasureText): LaidOutPage[] {
  const view = summaryView(workshop)
  const flow = new PageFlow(box)
  flowParagraph(flow, 'Workshop summary', DOC_STYLES.coverLine, measure, MUTED_INK)
  for (const line of wrapText(view.title, box.width, DOC_STYLES.h1, measure).slice(0, 2)) {
    flow.add({ kind: 'text', x: 0, y: flow.y, text: line, style: DOC_STYLES.h1, colour: INK })
    flow.advance(lineHeight(DOC_STYLES.h1))
  }
  flow.add({ kind: 'text', x: 0, y: flow.y, text: fitText(view.subtitle, box.width, BODY, measure), style: BODY, colour: MUTED_INK })
  flow.advance(lineHeight(BODY) + 12)

  const mapWidth = Math.round(box.width * 0.58)
  const mapHeight = Math.round(mapWidth * 0.8)
  const figure = mapFigure(workshop.stakeholders, measure, { width: mapWidth, height: mapHeight, showDesired: false, compact: true })
  const top = flow.y
  flow.add(...offset(figure.items, 0, top))

  const sideX = mapWidth + 18
  const sideWidth = box.width - sideX
  let y = top
  flow.add({ kind: 'text', x: sideX, y, text: 'People per quadrant', style: H, colour: INK })
  y += lineHeight(H) + 4
  for (const q of view.counts) {
    flow.add({ kind: 'rect', x: sideX, y, width: sideWidth, height: 26, fill: q.fill, stroke: null, radius: 3 })
    flow.add({ kind: 'text', x: sideX + 8, y: y + 7, text: fitText(q.name, sideWidth - 50, { face: 'bold', size: 10 }, measure), style: { face: 'bold', size: 10 }, colour: q.accent })
    const count = String(q.count)
    const countStyle: TextStyle = { face: 'bold', size: 14 }
    flow.add({ kind: 'text', x: sideX + sideWidth - 8 - measure(count, countStyle), y: y + 4, text: count, style: countStyle, colour: q.accent })
    y += 31
  }
  const notes = [`${view.unplaced} not yet on the map.`]
  if (figure.unlabelled) notes.push(`${figure.unlabelled} names left off the small map.`)
  for (const line of wrapText(notes.join(' '), sideWidth, SMALL, measure).slice(0, 3)) {
    flow.add({ kind: 'text', x: sideX, y, text: line, style: SMALL, colour: MUTED_INK })
    y += lineHeight(SMALL)
  }
  y += 8
  flow.add({ kind: 'text', x: sideX, y, text: 'Change network', style: H, colour: INK })
  y += lineHeight(H) + 2
  const { confirmed, gaps, units } = view.network
  const gapText = gaps.length ? `${gaps.length} of ${units} units have none yet (see the roster).` : 'Every unit has one.'
  for (const line of wrapText(`${confirmed} confirmed ${confirmed === 1 ? 'champion' : 'champions'}. ${gapText}`, sideWidth, BODY, measure).slice(0, 4)) {
    flow.add({ kind: 'text', x: sideX, y, text: line, style: BODY, colour: INK })
    y += lineHeight(BODY)
  }
  flow.y = Math.max(top + mapHeight, y) + 18

  const section = (title: string, entries: { lead: string; text: string }[], empty: string) => {
    flow.add({ kind: 'text', x: 0, y: flow.y, text: title, style: H, colour: INK })
    flow.advance(lineHeight(H) + 3)
    if (entries.length === 0) {
      flow.add({ kind: 'text', x: 0, y: flow.y, text: empty, style: SMALL, colour: MUTED_INK })
      flow.advance(lineHeight(SMALL))
    }
    const leadWidth = 118
    for (const entry of entries) {
      const lead = fitText(entry.lead, leadWidth - 8, { face: 'bold', size: 9 }, measure)
      flow.add({ kind: 'text', x: 0, y: flow.y, text: lead, style: { face: 'bold', size: 9 }, colour: INK })
      const lines = wrapText(entry.text, box.width - leadWidth, BODY, measure)
      const shown = lines.slice(0, 2)
      if (lines.length > 2) shown[1] = fitText(`${shown[1]} ${lines.slice(2).join(' ')}`, box.width - leadWidth, BODY, measure)
      for (const line of shown) {
        flow.add({ kind: 'text', x: leadWidth, y: flow.y, text: line, style: BODY, colour: INK })
        flow.advance(lineHeight(BODY))
      }
      flow.advance(3)
    }
    flow.advance(12)
  }

  section(
    'Top concerns',
    view.concerns.map((c) => ({ lead: c.name, text: c.text })),
    'No concerns have been noted yet.',
  )
  const actions = view.nextActions.map((a) => ({ lead: a.when, text: a.owner ? `${a.title} (${a.owner})` : a.title }))
  if (view.moreActions) actions.push({ lead: '…', text: `and ${view.moreActions} more in the engagement plan` })
  section('Next actions', actions, 'Nothing is planned yet.')
  section(
    'Commitments',
    view.commitments.map((c) => ({
      lead: `${c.signed} of ${c.total} signed`,
      text: c.signedNames.length ? `${c.title}: signed by ${c.signedNames.join(', ')}` : `${c.title}: not signed yet`,
    })),
    'No commitment has been drafted yet.',
  )
  // One page by construction; anything that would still run past the bottom is dropped, not moved.
  return [{ items: flow.pages.flatMap((p) => p.items).filter((i) => !('y' in i) || i.y < box.height) }]
}
