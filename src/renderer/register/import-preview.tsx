import { QUADRANTS, quadrantOf } from '../../core/map/quadrant'
import type { DuplicatePolicy, ImportPlan } from '../../core/import/import-plan'
import { ATTITUDE_INFO } from '../../core/workshop/attitude'

/** Rows drawn at most; the counts above always cover every row. */
const SHOWN = 500

/** What an import will do: the counts, every skipped row with its reason, and the people it brings in. */
export function ImportPreview({ plan, duplicates, onDuplicates }: { plan: ImportPlan; duplicates: DuplicatePolicy; onDuplicates(next: DuplicatePolicy): void }) {
  const skipped = plan.rows.filter((r) => r.outcome === 'skip')
  const incoming = plan.rows.filter((r) => r.outcome !== 'skip')
  const hasDuplicates = plan.rows.some((r) => r.duplicate)
  return (
    <div className="import-preview" data-testid="import-preview">
      <p className="preview-counts" data-testid="preview-counts">
        <strong>{plan.counts.add}</strong> to add · <strong>{plan.counts.merge}</strong> to merge · <strong>{plan.counts.skip}</strong> to skip
        {plan.blankRows > 0 && ` · ${plan.blankRows} blank ${plan.blankRows === 1 ? 'row' : 'rows'} ignored`}
      </p>
      {plan.warnings.map((w) => (
        <p key={w} className="preview-warning">
          {w}
        </p>
      ))}
      {hasDuplicates && (
        <fieldset className="duplicates">
          <legend>People with the same name and unit as someone already there</legend>
          <label>
            <input type="radio" name="duplicates" checked={duplicates === 'merge'} onChange={() => onDuplicates('merge')} />
            Merge: fill in their empty fields, add tags and notes
          </label>
          <label>
            <input type="radio" name="duplicates" checked={duplicates === 'skip'} onChange={() => onDuplicates('skip')} />
            Skip them
          </label>
        </fieldset>
      )}
      {skipped.length > 0 && (
        <section className="skipped" aria-labelledby="skipped-heading">
          <h3 id="skipped-heading">Rows that will be skipped ({skipped.length})</h3>
          <ul data-testid="skipped-rows">
            {skipped.slice(0, SHOWN).map((r) => (
              <li key={r.row}>
                <span className="row-number">Row {r.row}</span> {r.person && <bdi className="preview-name">{r.person.name}</bdi>} {r.reason}
              </li>
            ))}
          </ul>
          {skipped.length > SHOWN && <p className="hint">…and {skipped.length - SHOWN} more.</p>}
        </section>
      )}
      {incoming.length > 0 && (
        <div className="preview-table-wrap">
          <table className="preview-table" data-testid="preview-table">
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">What happens</th>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Unit</th>
                <th scope="col">On the map</th>
                <th scope="col">Attitude</th>
                <th scope="col">Adjusted</th>
              </tr>
            </thead>
            <tbody>
              {incoming.slice(0, SHOWN).map((r) => (
                <tr key={r.row} className={r.outcome}>
                  <td>{r.row}</td>
                  <td>{r.outcome === 'add' ? 'Add' : 'Merge'}</td>
                  <td>
                    <bdi>{r.person?.name}</bdi>
                  </td>
                  <td>{r.person?.role}</td>
                  <td>{r.person?.unit}</td>
                  <td>{r.person?.position ? `${QUADRANTS[quadrantOf(r.person.position)].name} (influence ${Math.round(r.person.position.influence)}, interest ${Math.round(r.person.position.interest)})` : 'Side list'}</td>
                  <td>{r.person && ATTITUDE_INFO[r.person.attitude].label}</td>
                  <td className="adjusted">{[r.outcome === 'merge' ? r.reason : null, ...r.notes].filter(Boolean).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {incoming.length > SHOWN && <p className="hint">…and {incoming.length - SHOWN} more.</p>}
        </div>
      )}
    </div>
  )
}
