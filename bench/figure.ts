/** One line of the results table and of bench/results.json. */
export interface Figure {
  name: string
  /** What the app measured; null when the figure could not be measured (see `note`). */
  value: number | null
  /** What the baseline measured in the same run. */
  baseline: number | null
  /** value / baseline. */
  ratio: number | null
  unit: string
  /** The target in words, as the issue states it. */
  target: string
  /** Computed from the measurement by the figure's own check, never typed in. */
  met: boolean
  note?: string
}

/** Builds a figure, computing the ratio and whether the target is met from the numbers. */
export function figure(
  fields: Omit<Figure, 'ratio' | 'met'>,
  check: (measured: { value: number; baseline: number; ratio: number }) => boolean,
): Figure {
  const { value, baseline } = fields
  if (value === null || baseline === null || !Number.isFinite(value) || !Number.isFinite(baseline) || baseline <= 0) {
    return { ...fields, ratio: null, met: false }
  }
  const ratio = value / baseline
  return { ...fields, value: round(value), baseline: round(baseline), ratio: round(ratio, 2), met: check({ value, baseline, ratio }) }
}

/** A figure that could not be measured in this run, with the reason. */
export const notMeasured = (name: string, unit: string, target: string, note: string): Figure => ({
  name,
  value: null,
  baseline: null,
  ratio: null,
  unit,
  target,
  met: false,
  note,
})

export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits

/** Nearest-rank percentile (p in 0–100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number
}

export const median = (values: readonly number[]): number => percentile(values, 50)

/** The results as a plain-text table for the terminal and the README. */
export function formatTable(figures: readonly Figure[]): string {
  const show = (n: number | null) => (n === null ? '–' : String(n))
  const rows = figures.map((f) => [f.name, `${show(f.value)} ${f.value === null ? '' : f.unit}`.trim(), `${show(f.baseline)} ${f.baseline === null ? '' : f.unit}`.trim(), f.ratio === null ? '–' : `${f.ratio}×`, f.target, f.met ? 'yes' : 'NO'])
  const header = ['figure', 'Coalition', 'baseline', 'ratio', 'target', 'met']
  const lines = [header, ...rows].map((cells) => `| ${cells.join(' | ')} |`)
  lines.splice(1, 0, `| ${header.map(() => '---').join(' | ')} |`)
  return lines.join('\n')
}
