import { format, formatDistanceToNow } from 'date-fns'
import { useEffect, useState } from 'react'
import type { BackupEntry, WorkshopSummary } from '../../core/ipc-contract'
import { api } from '../api/coalition-api'
import { askChoice } from '../common/choice-dialog'
import { appActions } from '../state/app-store'
import { openWorkshop } from '../state/workshop-lifecycle'
import './recovery.css'

/**
 * The saved versions of one workshop file, to restore in place or open as a copy. It is where a
 * file that cannot be read leads; that file itself is never written over.
 */
export function RecoveryScreen({ file, backupsDir }: { file: string; backupsDir: string | null }) {
  const [summary, setSummary] = useState<WorkshopSummary | null>(null)
  const [backups, setBackups] = useState<BackupEntry[] | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let current = true
    void Promise.all([api.listWorkshops({}), api.listBackups({ file })]).then(([list, saved]) => {
      if (!current) return
      if (list.ok) setSummary(list.value.find((w) => w.file === file) ?? null)
      if (saved.ok) setBackups(saved.value)
      else appActions.notify({ kind: 'error', text: saved.error.message })
    })
    return () => {
      current = false
    }
  }, [file])

  const name = summary?.problem ? file.replace(/\.json$/, '') : (summary?.title ?? file.replace(/\.json$/, ''))

  const run = async (task: () => Promise<{ ok: true; value: WorkshopSummary } | { ok: false; error: { message: string } }>) => {
    setBusy(true)
    const result = await task()
    setBusy(false)
    if (!result.ok) {
      appActions.notify({ kind: 'error', text: result.error.message })
      return
    }
    await openWorkshop(result.value.file)
  }

  const restore = async (backup: BackupEntry) => {
    const confirmed = await askChoice({
      title: 'Restore this version?',
      message: `“${name}” will hold the version saved ${format(new Date(backup.savedAt), 'd MMM yyyy, HH:mm')}. What the file holds now is moved to Recently deleted on the home screen, so nothing is lost.`,
      choices: [{ id: 'restore', label: 'Restore', primary: true }],
    })
    if (confirmed) await run(() => api.restoreBackup({ file, backupId: backup.backupId }))
  }

  return (
    <main className="home recovery" aria-labelledby="recovery-title">
      <button type="button" className="recovery-back" onClick={() => appActions.show('home')}>
        ← All workshops
      </button>
      <h1 id="recovery-title">Saved versions of “{name}”</h1>
      {summary?.problem ? (
        <div className="recovery-problem" role="note">
          <strong>This file cannot be opened.</strong> {summary.problem} Coalition will not write over it. Restore one of the versions below, or open one
          as a separate copy.
        </div>
      ) : (
        <p className="hint">Coalition keeps a copy of each of the last 20 saves, and one a day for the last 30 days.</p>
      )}

      {backups === null ? (
        <p className="hint">Loading…</p>
      ) : backups.length === 0 ? (
        <p className="hint">No saved versions of this workshop were found{backupsDir ? ` in ${backupsDir}` : ''}.</p>
      ) : (
        <table className="backup-table" data-testid="backup-list">
          <thead>
            <tr>
              <th scope="col">Saved</th>
              <th scope="col">Stakeholders</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.backupId} data-backup={backup.backupId}>
                <td>
                  <span className="backup-time">{format(new Date(backup.savedAt), 'EEE d MMM yyyy, HH:mm:ss')}</span>
                  <span className="hint"> · {formatDistanceToNow(new Date(backup.savedAt), { addSuffix: true })}</span>
                </td>
                <td>{backup.problem ? <span className="backup-problem">{backup.problem}</span> : backup.stakeholderCount}</td>
                <td>
                  <div className="backup-actions">
                    <button type="button" className="primary" disabled={busy || backup.problem !== null} onClick={() => void restore(backup)}>
                      Restore
                    </button>
                    <button
                      type="button"
                      disabled={busy || backup.problem !== null}
                      onClick={() => void run(() => api.openBackupAsCopy({ file, backupId: backup.backupId }))}
                    >
                      Open as copy
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {backupsDir && backups !== null && backups.length > 0 && <p className="hint recovery-where">Saved versions are kept in {backupsDir}</p>}
    </main>
  )
}
