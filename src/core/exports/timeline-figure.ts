import { addMonths, differenceInCalendarDays, format, parseISO, startOfMonth } from 'date-fns'
import { ACTIVITY_STATUS_INFO } from '../plan/catalog'
import { activitiesForTimeline, timelineDate } from '../plan/plan-rules'
import type { Activity, ActivityStatus } from '../plan/schema'
import { INK, MUTED_INK, type MeasureText, type TextStyle, lineHeight } from './display-list'
import type { PageFlow } from './page-flow'
import { fitText } from './text-layout'

/** Bar colours per status: the plan's own blue, amber under way, the champion green when done, grey when dropped. */
export const STATUS_COLOURS: Readonly<Record<ActivityStatus, string>> = {
  planned: '#1D4ED8',
  'in-progress': '#B45309',
  done: '#0B6E4F',
  dropped: '#9CA3AF',
}

const LABEL: TextStyle = { face: 'regular', size: 7.5 }
const TICK: TextStyle = { face: 'regular', size: 7 }
const ROW = 13
const LABEL_WIDTH = 150

/**
 * The dated activities as bars on a month scale, start to due (a dot when only one date is
 * known), coloured by status, with a legend. Rows flow onto further pages, the month scale
 * repeated. Returns false when nothing is dated, so the caller can say so instead.
 */
export function layoutTimelineChart(flow: PageFlow, activities: readonly Activity[], measure: MeasureText): boolean {
  const dated = activitiesForTimeline(activities.filter((a) => a.startDate || a.dueDate))
  if (dated.length === 0) return false
  const days = dated.flatMap((a) => [a.startDate, a.dueDate]).filter((d): d is string => d !== null).sort()
  const first = startOfMonth(parseISO(days[0]!))
  const last = addMonths(startOfMonth(parseISO(days[days.length - 1]!)), 1)
  const span = Math.max(1, differenceInCalendarDays(last, first))
  const chartX = LABEL_WIDTH + 6
  const chartWidth = flow.box.width - chartX
  const xOf = (iso: string) => chartX + (differenceInCalendarDays(parseISO(iso), first) / span) * chartWidth
  const months: Date[] = []
  for (let m = first; m < last; m = addMonths(m, 1)) months.push(m)
  // Label every month when there is room, else every second or third, so labels never touch.
  const every = Math.max(1, Math.ceil((months.length * 34) / chartWidth))

  const scale = () => {
    const top = flow.y
    months.forEach((month, i) => {
      const x = chartX + (differenceInCalendarDays(month, first) / span) * chartWidth
      flow.add({ kind: 'line', x1: x, y1: top + 11, x2: x, y2: top + 13, colour: MUTED_INK, width: 0.5 })
      if (i % every === 0) flow.add({ kind: 'text', x: x + 2, y: top, text: format(month, months.length > 12 ? 'MMM yy' : 'MMM yyyy'), style: TICK, colour: MUTED_INK })
    })
    flow.add({ kind: 'line', x1: chartX, y1: top + 13, x2: chartX + chartWidth, y2: top + 13, colour: MUTED_INK, width: 0.5 })
    flow.advance(16)
  }

  flow.ensure(16 + ROW * Math.min(3, dated.length))
  scale()
  for (const activity of dated) {
    if (ROW > flow.remaining) {
      flow.newPage()
      scale()
    }
    const y = flow.y
    flow.add({ kind: 'text', x: 0, y: y + (ROW - LABEL.size) / 2 - 1, text: fitText(activity.title, LABEL_WIDTH, LABEL, measure), style: LABEL, colour: INK })
    const colour = STATUS_COLOURS[activity.status]
    const start = timelineDate(activity)!
    const end = activity.dueDate && activity.startDate && activity.dueDate >= activity.startDate ? activity.dueDate : null
    if (end) {
      const x1 = xOf(start)
      const x2 = Math.max(xOf(end), x1 + 3)
      flow.add({ kind: 'rect', x: x1, y: y + 3, width: x2 - x1, height: ROW - 6, fill: colour, stroke: null, radius: 2 })
    } else {
      flow.add({ kind: 'circle', cx: xOf(start), cy: y + ROW / 2, r: 3.5, fill: colour, stroke: null })
    }
    flow.advance(ROW)
  }
  flow.advance(6)
  flow.ensure(lineHeight(LABEL))
  let x = 0
  for (const [status, colour] of Object.entries(STATUS_COLOURS) as [ActivityStatus, string][]) {
    const label = ACTIVITY_STATUS_INFO[status].label
    flow.add({ kind: 'rect', x, y: flow.y + 1, width: 12, height: 7, fill: colour, stroke: null, radius: 2 })
    flow.add({ kind: 'text', x: x + 16, y: flow.y, text: label, style: LABEL, colour: INK })
    x += 16 + measure(label, LABEL) + 14
  }
  flow.advance(lineHeight(LABEL))
  return true
}
