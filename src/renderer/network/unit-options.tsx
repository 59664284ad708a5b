import { useCoverage } from './use-coverage'

/** The workshop's business units as suggestions for any unit field with `list="network-units"`. */
export function UnitOptions() {
  const coverage = useCoverage()
  return (
    <datalist id="network-units">
      {coverage?.units.map((u) => (
        <option key={u.unit} value={u.unit} />
      ))}
    </datalist>
  )
}
