import { IMPORT_FIELD_IDS, IMPORT_FIELD_LABELS, type ImportFieldId } from '../../core/import/import-fields'
import { type ImportMapping, assignField, columnTitles, dataRowIndexes, setHeaderRow } from '../../core/import/import-mapping'
import { SCALES, SCALE_IDS, type ScaleId } from '../../core/import/scales'

const IGNORE = ''

/** The mapping step: for each column of the file, a few sample values and what Coalition should read it as. */
export function ImportMappingTable({ rows, mapping, onChange }: { rows: string[][]; mapping: ImportMapping; onChange(next: ImportMapping): void }) {
  const titles = columnTitles(rows, mapping.headerRow)
  const samples = dataRowIndexes(rows, mapping.headerRow)
    .map((r) => rows[r] ?? [])
    .filter((row) => row.some((c) => c.trim()))
    .slice(0, 3)
  return (
    <div className="mapping">
      <label className="checkbox">
        <input type="checkbox" checked={mapping.headerRow} onChange={(e) => onChange(setHeaderRow(rows, mapping, e.target.checked))} />
        The first row holds column names
      </label>
      <table className="mapping-table" data-testid="mapping-table">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Sample values</th>
            <th scope="col">Read as</th>
          </tr>
        </thead>
        <tbody>
          {titles.map((title, column) => {
            const field = mapping.columns[column] ?? null
            const scaleKey = field === 'influence' ? 'influenceScale' : field === 'interest' ? 'interestScale' : null
            return (
              <tr key={column}>
                <th scope="row">{title}</th>
                <td className="samples">
                  {samples.map((row, i) => (
                    <span key={i} className="sample">
                      {shorten(row[column] ?? '') || '—'}
                    </span>
                  ))}
                </td>
                <td>
                  <div className="mapping-choice">
                    <select
                      aria-label={`Read column ${title} as`}
                      value={field ?? IGNORE}
                      onChange={(e) => onChange(assignField(rows, mapping, column, (e.target.value || null) as ImportFieldId | null))}
                    >
                      <option value={IGNORE}>— Ignore —</option>
                      {IMPORT_FIELD_IDS.map((f) => (
                        <option key={f} value={f}>
                          {IMPORT_FIELD_LABELS[f]}
                        </option>
                      ))}
                    </select>
                    {scaleKey && (
                      <select aria-label={`Scale of ${title}`} value={mapping[scaleKey] ?? '1-5'} onChange={(e) => onChange({ ...mapping, [scaleKey]: e.target.value as ScaleId })}>
                        {SCALE_IDS.map((id) => (
                          <option key={id} value={id}>
                            Scale: {SCALES[id].label}
                          </option>
                        ))}
                      </select>
                    )}
                  </div>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

const shorten = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 40 ? `${Array.from(flat).slice(0, 38).join('')}…` : flat
}
