import { differenceInCalendarDays, format } from 'date-fns'

/** How many backups of a workshop are kept: the last saves, and one a day for a month. */
export const BACKUP_POLICY = { recentSaves: 20, dailyForDays: 30 } as const

export interface BackupStamp {
  id: string
  savedAtMs: number
}

/**
 * The backups to keep: the newest `recentSaves`, plus the newest of each calendar day (local time)
 * within the last `dailyForDays` days. Everything else may be deleted.
 */
export function backupsToKeep(backups: readonly BackupStamp[], now: Date, policy = BACKUP_POLICY): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.savedAtMs - a.savedAtMs)
  const keep = new Set(newestFirst.slice(0, policy.recentSaves).map((b) => b.id))
  const daysSeen = new Set<string>()
  for (const backup of newestFirst) {
    if (differenceInCalendarDays(now, backup.savedAtMs) >= policy.dailyForDays) continue
    const day = format(backup.savedAtMs, 'yyyy-MM-dd')
    if (daysSeen.has(day)) continue
    daysSeen.add(day)
    keep.add(backup.id)
  }
  return keep
}

/** A backup's file name: when it was saved and which revision it holds; sorts by time. */
export const BACKUP_ID_PATTERN = /^(\d{13})-r(\d{1,12})\.json$/

export const backupIdFor = (savedAtMs: number, revision: number): string => `${String(savedAtMs).padStart(13, '0')}-r${revision}.json`
