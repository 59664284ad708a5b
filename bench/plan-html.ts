import { type ActivityRow, type PersonRow, planView } from '../src/core/exports/plan-document'
import { ATTITUDE_INFO } from '../src/core/workshop/attitude'
import type { Workshop } from '../src/core/workshop/schema'

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string)
const cells = (values: readonly string[], tag: 'td' | 'th') => `<tr>${values.map((v) => `<${tag}>${escape(v)}</${tag}>`).join('')}</tr>`

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return `<table><thead>${cells(headers, 'th')}</thead><tbody>${rows.map((r) => cells(r, 'td')).join('')}</tbody></table>`
}
const people = (list: PersonRow[]) => table(['Name', 'Role', 'Unit', 'Attitude', 'Owner', 'Top concern'], list.map((p) => [p.name, p.role, p.unit, p.attitude, p.owner, p.topConcern]))
const activities = (list: ActivityRow[]) => table(['Activity', 'Type', 'Owner', 'Cadence', 'Dates', 'Status'], list.map((a) => [a.title, a.type, a.owner, a.cadence, a.dates, a.status]))

/** The map as inline SVG: quadrants, a disc and a name per person, an arrow to each desired position. */
function mapSvg(workshop: Workshop, quadrants: ReturnType<typeof planView>['quadrants']): string {
  const [makers, sponsors, onlookers, adopters] = quadrants
  const tile = (q: (typeof quadrants)[number] | undefined, x: number, y: number) =>
    q ? `<rect x="${x}" y="${y}" width="250" height="250" fill="${q.fill}"/><text x="${x + 10}" y="${y + 24}" fill="${q.accent}" font-weight="bold" font-size="16">${escape(q.name)}</text>` : ''
  const marks = workshop.stakeholders.flatMap((s) => {
    if (!s.position) return []
    const x = s.position.interest * 5
    const y = 500 - s.position.influence * 5
    const arrow = s.desired ? `<line x1="${x}" y1="${y}" x2="${s.desired.interest * 5}" y2="${500 - s.desired.influence * 5}" stroke="#111827" stroke-width="1" marker-end="url(#head)"/>` : ''
    return [`${arrow}<circle cx="${x}" cy="${y}" r="5" fill="${ATTITUDE_INFO[s.attitude].colour}" stroke="#fff"/><text x="${x}" y="${y + 13}" font-size="5" text-anchor="middle">${escape(s.name)}</text>`]
  })
  return `<svg viewBox="0 0 500 500" width="100%"><defs><marker id="head" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L6,3 L0,6 z"/></marker></defs>${tile(sponsors, 0, 0)}${tile(makers, 250, 0)}${tile(onlookers, 0, 250)}${tile(adopters, 250, 250)}${marks.join('')}</svg>`
}

/**
 * The engagement plan as one HTML page with the same content as the plan PDF (cover, map, people
 * and activities per quadrant, timeline, progress) and the same embedded font: what a user would
 * otherwise print from a browser.
 */
export function planHtml(workshop: Workshop): string {
  const view = planView(workshop)
  const sections = view.quadrants
    .map(
      (q) => `<section><h2 style="background:${q.fill};color:${q.accent}">${escape(q.name)} <small>${escape(q.motto)}</small></h2><p>${escape(q.approach)}</p>
<h3>People (${q.people.length})</h3>${q.people.length ? people(q.people) : '<p>Nobody is in this quadrant.</p>'}
<h3>Activities (${q.activities.length})</h3>${q.activities.length ? activities(q.activities) : '<p>No activity targets this quadrant yet.</p>'}</section>`,
    )
    .join('\n')
  const status = view.activityStatus
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Engagement plan: ${escape(view.title)}</title><style>
@font-face { font-family: 'DejaVu Sans'; src: url('/fonts/DejaVuSans.ttf'); font-weight: 400; }
@font-face { font-family: 'DejaVu Sans'; src: url('/fonts/DejaVuSans-Bold.ttf'); font-weight: 700; }
@page { size: A4; margin: 78pt 50pt 64pt; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8.5pt; color: #111827; }
.cover { page-break-after: always; padding-top: 90pt; } .cover h1 { font-size: 28pt; }
.map { page-break-after: always; }
table { width: 100%; border-collapse: collapse; } th, td { text-align: left; padding: 2pt 3pt; border-bottom: 0.5pt solid #D1D5DB; }
thead { display: table-header-group; } tr { break-inside: avoid; } h2 { padding: 6pt; }
</style></head><body>
<div class="cover"><p>Engagement plan</p><h1>${escape(view.title)}</h1><p>${escape(view.organisation)}</p><p>${escape(view.date)} · facilitated by ${escape(view.facilitator)}</p><p>${escape(view.initiative)}</p>
<p><b>${view.stakeholderCount}</b> stakeholders · <b>${view.placedCount}</b> on the map · <b>${view.timeline.length}</b> activities · <b>${view.signatures.signed}/${view.signatures.total}</b> signatures</p>
<p>${view.quadrants.map((q) => `${escape(q.name)}: ${q.people.length}`).join(' · ')}</p></div>
<div class="map"><h1>The stakeholder map</h1>${mapSvg(workshop, view.quadrants)}<p>${view.placedCount} of ${view.stakeholderCount} people are on the map; arrows lead to where the plan wants them.</p></div>
${sections}
${view.unplaced.length ? `<h1>Not yet on the map (${view.unplaced.length})</h1>${people(view.unplaced)}` : ''}
<h1>Timeline of actions</h1>${view.timeline.length ? activities(view.timeline) : '<p>No activities are planned yet.</p>'}
<h1>Progress</h1><p>Planned ${status.planned} · in progress ${status.inProgress} · done ${status.done} · dropped ${status.dropped}</p><p>${view.nearDesired.near} of ${view.nearDesired.withTarget} people with a target are near it.</p>
</body></html>`
}
