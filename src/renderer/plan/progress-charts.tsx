import { QUADRANTS, QUADRANT_IDS } from '../../core/map/quadrant'
import { type ActivityProgress, NEAR_DESIRED, type ProgressPoint } from '../../core/tracking/progress'

const BAR = 52
const GAP = 28
const CHART_HEIGHT = 170
const LABEL_ROOM = 40
const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`)

/** One stacked bar per snapshot (and now): how many people stand in each quadrant. */
export function QuadrantChart({ series }: { series: ProgressPoint[] }) {
  const most = Math.max(1, ...series.map((p) => QUADRANT_IDS.reduce((sum, q) => sum + p.counts[q], 0)))
  const width = series.length * (BAR + GAP) + GAP
  const summary = series.map((p) => `${p.name}: ${QUADRANT_IDS.map((q) => `${p.counts[q]} ${QUADRANTS[q].name}`).join(', ')}`).join('; ')
  return (
    <figure className="chart" data-testid="chart-quadrants">
      <figcaption>People per quadrant</figcaption>
      <svg viewBox={`0 0 ${width} ${CHART_HEIGHT + LABEL_ROOM}`} width={width} height={CHART_HEIGHT + LABEL_ROOM} role="img" aria-label={summary}>
        {series.map((p, i) => {
          const x = GAP + i * (BAR + GAP)
          let y = CHART_HEIGHT
          return (
            <g key={p.snapshotId ?? 'now'}>
              {QUADRANT_IDS.map((q) => {
                const h = (p.counts[q] / most) * (CHART_HEIGHT - 10)
                y -= h
                return (
                  h > 0 && (
                    <g key={q}>
                      <rect x={x} y={y} width={BAR} height={h} fill={QUADRANTS[q].fill} stroke={QUADRANTS[q].accent} strokeWidth={2} />
                      {h >= 16 && (
                        <text x={x + BAR / 2} y={y + h / 2 + 5} textAnchor="middle" className="chart-value" fill={QUADRANTS[q].accent}>
                          {p.counts[q]}
                        </text>
                      )}
                    </g>
                  )
                )
              })}
              <text x={x + BAR / 2} y={CHART_HEIGHT + 20} textAnchor="middle" className="chart-label">
                {shorten(p.name)}
              </text>
            </g>
          )
        })}
      </svg>
      <ul className="chart-legend">
        {QUADRANT_IDS.map((q) => (
          <li key={q}>
            <span className="swatch" style={{ background: QUADRANTS[q].fill, borderColor: QUADRANTS[q].accent }} aria-hidden />
            {QUADRANTS[q].name}
          </li>
        ))}
      </ul>
    </figure>
  )
}

/** One bar per snapshot (and now): the share of people with a target who stand at or near it. */
export function NearTargetChart({ series }: { series: ProgressPoint[] }) {
  const width = series.length * (BAR + GAP) + GAP
  const summary = series.map((p) => `${p.name}: ${p.nearDesired.near} of ${p.nearDesired.total}`).join('; ')
  return (
    <figure className="chart" data-testid="chart-near">
      <figcaption>At or near their target (within {NEAR_DESIRED})</figcaption>
      <svg viewBox={`0 0 ${width} ${CHART_HEIGHT + LABEL_ROOM}`} width={width} height={CHART_HEIGHT + LABEL_ROOM} role="img" aria-label={summary}>
        <line x1={0} x2={width} y1={CHART_HEIGHT} y2={CHART_HEIGHT} stroke="#374151" strokeWidth={2} />
        {series.map((p, i) => {
          const x = GAP + i * (BAR + GAP)
          const h = (p.nearDesired.share ?? 0) * (CHART_HEIGHT - 30)
          return (
            <g key={p.snapshotId ?? 'now'}>
              <rect x={x} y={CHART_HEIGHT - h} width={BAR} height={h} fill="#0B6E4F" />
              <text x={x + BAR / 2} y={CHART_HEIGHT - h - 8} textAnchor="middle" className="chart-value">
                {percent(p.nearDesired.share)}
              </text>
              <text x={x + BAR / 2} y={CHART_HEIGHT + 20} textAnchor="middle" className="chart-label">
                {shorten(p.name)}
              </text>
            </g>
          )
        })}
      </svg>
      <p className="hint">{series.at(-1)?.nearDesired.total ? `${series.at(-1)?.nearDesired.near} of ${series.at(-1)?.nearDesired.total} people with a target are there now.` : 'Nobody has a target yet: set one on the map.'}</p>
    </figure>
  )
}

/** Activities done against planned, as one bar split into done, running and not started. */
export function ActivityChart({ progress }: { progress: ActivityProgress }) {
  const width = 320
  const notStarted = progress.planned - progress.done - progress.inProgress
  const parts = [
    { label: 'Done', value: progress.done, fill: '#0B6E4F' },
    { label: 'In progress', value: progress.inProgress, fill: '#1D4ED8' },
    { label: 'Not started', value: notStarted, fill: '#D1D5DB' },
  ]
  let x = 0
  return (
    <figure className="chart" data-testid="chart-activities">
      <figcaption>Activities done against planned</figcaption>
      <p className="chart-big" data-testid="activities-done">
        {progress.done} of {progress.planned} done <span className="hint">{percent(progress.share)}</span>
      </p>
      <svg viewBox={`0 0 ${width} 40`} width={width} height={40} role="img" aria-label={parts.map((p) => `${p.value} ${p.label.toLowerCase()}`).join(', ')}>
        <rect width={width} height={40} fill="#F3F4F6" stroke="#374151" strokeWidth={2} />
        {parts.map((part) => {
          const w = progress.planned ? (part.value / progress.planned) * width : 0
          const at = x
          x += w
          return w > 0 && <rect key={part.label} x={at} y={0} width={w} height={40} fill={part.fill} stroke="#374151" strokeWidth={2} />
        })}
      </svg>
      <ul className="chart-legend">
        {parts.map((part) => (
          <li key={part.label}>
            <span className="swatch" style={{ background: part.fill }} aria-hidden />
            {part.label} {part.value}
          </li>
        ))}
        {progress.dropped > 0 && <li>Dropped {progress.dropped} (not counted)</li>}
      </ul>
    </figure>
  )
}

const shorten = (name: string) => (Array.from(name).length > 9 ? `${Array.from(name).slice(0, 8).join('')}…` : name)
