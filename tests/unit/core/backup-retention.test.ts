import { describe, expect, it } from 'vitest'
import { BACKUP_ID_PATTERN, backupIdFor, backupsToKeep } from '../../../src/core/backups/retention'

const HOUR = 3_600_000
const now = new Date(2026, 11, 4, 12, 0)
const stamp = (hoursAgo: number) => ({ id: `b${hoursAgo}`, savedAtMs: now.getTime() - hoursAgo * HOUR })

describe('backupsToKeep', () => {
  it('keeps the last 20 saves of a busy morning and drops older ones from the same day', () => {
    const morning = Array.from({ length: 30 }, (_, i) => ({ id: `m${i}`, savedAtMs: now.getTime() - i * 60_000 }))
    const keep = backupsToKeep(morning, now)
    expect(keep.size).toBe(20)
    expect([...keep]).toEqual(morning.slice(0, 20).map((b) => b.id))
  })

  it('keeps the newest save of each of the last 30 days, and nothing older than that beyond the last 20', () => {
    // Three saves a day for 40 days, eight hours apart.
    const history = Array.from({ length: 120 }, (_, i) => stamp(i * 8))
    const keep = backupsToKeep(history, now)
    const days = new Set([...keep].map((id) => new Date(history.find((h) => h.id === id)?.savedAtMs ?? 0).toDateString()))
    expect(days.size).toBe(30)
    for (let hoursAgo = 0; hoursAgo < 20 * 8; hoursAgo += 8) expect(keep.has(`b${hoursAgo}`)).toBe(true)
    const oldest = Math.max(...[...keep].map((id) => Number(id.slice(1))))
    expect(oldest).toBeLessThan(30 * 24)
    expect(keep.size).toBeLessThanOrEqual(20 + 30)
  })

  it('names backups so they sort by time and carry their revision', () => {
    const id = backupIdFor(1_764_800_000_123, 42)
    expect(id).toBe('1764800000123-r42.json')
    expect(BACKUP_ID_PATTERN.exec(id)?.slice(1)).toEqual(['1764800000123', '42'])
    expect(BACKUP_ID_PATTERN.test('../1764800000123-r42.json')).toBe(false)
  })
})
