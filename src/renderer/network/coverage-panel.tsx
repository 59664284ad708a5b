import type { Champion } from '../../core/network/schema'
import { useCoverage } from './use-coverage'

/** Loud and first: the units nobody confirmed speaks for yet. */
export function GapsBanner() {
  const coverage = useCoverage()
  if (!coverage) return null
  const { gaps, units } = coverage
  if (units.length === 0) {
    return (
      <section className="gaps-banner" data-testid="coverage-gaps" data-gaps="0" aria-live="polite">
        <h3>No business units yet</h3>
        <p>Give stakeholders or champions a business unit to see which parts of the organisation the network reaches.</p>
      </section>
    )
  }
  if (gaps.length === 0) {
    return (
      <section className="gaps-banner covered" data-testid="coverage-gaps" data-gaps="0" aria-live="polite">
        <h3>Every business unit has a confirmed champion</h3>
      </section>
    )
  }
  return (
    <section className="gaps-banner" data-testid="coverage-gaps" data-gaps={gaps.length} aria-live="polite">
      <h3>
        {gaps.length} of {units.length} units have no confirmed champion
      </h3>
      <ul className="gap-list">
        {gaps.map((unit) => (
          <li key={unit}>{unit}</li>
        ))}
      </ul>
    </section>
  )
}

const names = (list: Champion[]) => list.map((c) => c.name).join(', ')

/** Every unit with its champions by stage; units without a confirmed champion are marked. */
export function CoveragePanel() {
  const coverage = useCoverage()
  if (!coverage) return null
  return (
    <section className="unit-coverage" aria-labelledby="coverage-heading">
      <h3 id="coverage-heading">Coverage by business unit</h3>
      <table className="coverage-table" data-testid="coverage-table">
        <thead>
          <tr>
            <th scope="col">Unit</th>
            <th scope="col">Confirmed</th>
            <th scope="col">In the pipeline</th>
            <th scope="col">Declined</th>
          </tr>
        </thead>
        <tbody>
          {coverage.units.map((u) => (
            <tr key={u.unit} className={u.covered ? 'covered' : 'gap'}>
              <th scope="row">{u.unit}</th>
              <td>{u.covered ? names(u.champions.confirmed) : <strong className="gap-mark">No confirmed champion</strong>}</td>
              <td>{names([...u.champions.identified, ...u.champions.invited])}</td>
              <td>{names(u.champions.declined)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {coverage.withoutUnit.length > 0 && <p className="hint">Not counted for any unit (no unit given): {names(coverage.withoutUnit)}.</p>}
    </section>
  )
}
