import { CHAMPION_CRITERIA, stageLabel } from '../network/catalog'
import { networkCoverage, stageCounts } from '../network/coverage'
import type { Champion, ChampionStage } from '../network/schema'
import type { Workshop } from '../workshop/schema'
import { type ContentBox, INK, type LaidOutPage, type MeasureText, lineHeight } from './display-list'
import { DOC_STYLES, flowHeading, flowNote, flowParagraph } from './flow-text'
import { formatLongDate, formatShortDate } from './format'
import { PageFlow } from './page-flow'
import { layoutFigureRow } from './plan-document'
import { layoutEmptyNote, layoutTable } from './table-layout'

/** The roster lists confirmed champions first: they are the network today. */
export const ROSTER_STAGE_ORDER: readonly ChampionStage[] = ['confirmed', 'invited', 'identified', 'declined']
const GAP_ACCENT = '#B91C1C'

export interface RosterRow {
  name: string
  unit: string
  stage: string
  since: string
  criteria: string
  notes: string
}

/** The champions in roster order: by stage (confirmed first), then by name. */
export function rosterRows(champions: readonly Champion[]): RosterRow[] {
  return [...champions]
    .sort((a, b) => ROSTER_STAGE_ORDER.indexOf(a.stage) - ROSTER_STAGE_ORDER.indexOf(b.stage) || a.name.localeCompare(b.name))
    .map((c) => {
      const since = c.stageDates[c.stage]
      const criteria = [c.respected ? CHAMPION_CRITERIA.respected.label : '', c.willing ? CHAMPION_CRITERIA.willing.label : ''].filter(Boolean).join(', ')
      return { name: c.name, unit: c.unit || '—', stage: stageLabel(c.stage), since: since ? formatShortDate(since) : '', criteria, notes: c.notes }
    })
}

/** The change-network roster: who, where, at what stage, which units still lack a champion, and how the network runs. */
export function layoutNetworkRoster(workshop: Workshop, box: ContentBox, measure: MeasureText): LaidOutPage[] {
  const flow = new PageFlow(box)
  const { network } = workshop
  const coverage = networkCoverage(workshop)
  const counts = stageCounts(network.champions)
  const covered = coverage.units.filter((u) => u.covered).length

  flowParagraph(flow, 'Change network roster', DOC_STYLES.coverLine, measure)
  flowParagraph(flow, workshop.title, DOC_STYLES.h1, measure)
  flow.advance(10)
  layoutFigureRow(
    flow,
    [
      [String(counts.confirmed), 'confirmed champions'],
      [String(counts.invited), 'invited'],
      [String(counts.identified), 'identified'],
      [`${covered}/${coverage.units.length}`, 'units covered'],
    ],
    measure,
  )
  flow.advance(14)

  if (coverage.gaps.length) {
    const text = `${coverage.gaps.length === 1 ? 'One unit has' : `${coverage.gaps.length} units have`} no confirmed champion yet: ${coverage.gaps.join(', ')}.`
    const style = { face: 'bold', size: 10.5 } as const
    const lines = Math.ceil(measure(text, style) / (box.width - 24)) + 1
    flow.ensure(lines * lineHeight(style) + 16)
    const top = flow.y
    flow.advance(8)
    flowParagraph(flow, text, style, measure, GAP_ACCENT, 14)
    flow.advance(8)
    flow.items.unshift({ kind: 'rect', x: 0, y: top, width: box.width, height: flow.y - top, fill: '#FEE2E2', stroke: null, radius: 3 })
    flow.add({ kind: 'rect', x: 0, y: top, width: 5, height: flow.y - top, fill: GAP_ACCENT, stroke: null })
  } else if (coverage.units.length) {
    flowParagraph(flow, 'Every business unit has a confirmed champion.', { face: 'bold', size: 10.5 }, measure, '#0B6E4F')
  }
  flow.advance(16)

  flowHeading(flow, 'How the network runs', DOC_STYLES.h2, measure)
  const kickOff = network.kickOffDate ? formatLongDate(network.kickOffDate) : 'not set yet'
  const facts: [string, string][] = [
    ['Meetings', network.meetingCadence.trim() || 'not agreed yet'],
    ['Kick-off', kickOff],
    ['Kick-off agenda', network.kickOffAgenda.trim()],
    ['Communication plan', network.communicationPlan.trim()],
    ['What champions get', network.provided.trim()],
  ]
  for (const [label, value] of facts) {
    if (!value) continue
    const labelStyle = { face: 'bold', size: 10 } as const
    flow.ensure(lineHeight(labelStyle) * 2)
    flow.add({ kind: 'text', x: 0, y: flow.y, text: label, style: labelStyle, colour: INK })
    flowParagraph(flow, value, DOC_STYLES.body, measure, INK, 130)
    flow.advance(5)
  }
  flow.advance(14)

  flowHeading(flow, `Champions (${network.champions.length})`, DOC_STYLES.h2, measure)
  const rows = rosterRows(network.champions)
  if (rows.length) {
    layoutTable(
      flow,
      [
        { header: 'Name', share: 0.22 },
        { header: 'Unit', share: 0.15 },
        { header: 'Stage', share: 0.11 },
        { header: 'Since', share: 0.14 },
        { header: 'Criteria met', share: 0.18 },
        { header: 'Notes', share: 0.2 },
      ],
      rows.map((r) => [r.name, r.unit, r.stage, r.since, r.criteria, r.notes]),
      measure,
      { namesOnOneLine: true },
    )
  } else layoutEmptyNote(flow, 'No champions have been named yet.')
  flow.advance(18)

  flowHeading(flow, 'Coverage by business unit', DOC_STYLES.h2, measure)
  if (coverage.units.length) {
    const names = (list: Champion[]) => list.map((c) => c.name).join(', ')
    layoutTable(
      flow,
      [
        { header: 'Unit', share: 0.2 },
        { header: 'Confirmed', share: 0.28 },
        { header: 'Invited or identified', share: 0.32 },
        { header: 'Covered', share: 0.2 },
      ],
      coverage.units.map((u) => [u.unit, names(u.champions.confirmed), names([...u.champions.invited, ...u.champions.identified]), u.covered ? 'Yes' : 'No: gap']),
      measure,
    )
  } else layoutEmptyNote(flow, 'No business units are recorded yet.')
  if (coverage.withoutUnit.length) {
    flow.advance(4)
    flowNote(flow, `Champions with no unit recorded: ${coverage.withoutUnit.map((c) => c.name).join(', ')}.`, measure)
  }

  if (network.feedback.length) {
    flow.advance(18)
    flowHeading(flow, 'Feedback from the network', DOC_STYLES.h2, measure)
    layoutTable(
      flow,
      [
        { header: 'Date', share: 0.14 },
        { header: 'From', share: 0.18 },
        { header: 'Feedback', share: 0.36 },
        { header: 'Acted on', share: 0.32 },
      ],
      [...network.feedback]
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .map((f) => [formatShortDate(f.date), f.from, f.text, f.actedOn ? f.action.trim() || 'Yes' : 'Not yet']),
      measure,
    )
  }
  return flow.pages
}
