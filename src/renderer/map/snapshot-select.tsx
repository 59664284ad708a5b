import { NOW } from './movement-store'

export interface PictureOption {
  id: string
  name: string
}

/** The snapshots in time order, then the map as it is now. */
export function pictureOptions(snapshots: readonly PictureOption[]): PictureOption[] {
  return [...snapshots.map((s) => ({ id: s.id, name: s.name })), { id: NOW, name: 'Now' }]
}

/** A select of the pictures the map can be compared between; `label` names it when no <label> wraps it. */
export function SnapshotSelect({ label, value, options, onChange }: { label?: string; value: string; options: readonly PictureOption[]; onChange: (id: string) => void }) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={label}>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  )
}
