import { formatDistanceToNow } from 'date-fns'
import { useEffect, useState } from 'react'
import type { TrashedWorkshop, WorkshopSummary } from '../../core/ipc-contract'
import { OPEN_FILE_INPUT_ID } from '../actions/action-handlers'
import { api } from '../api/coalition-api'
import { appActions } from '../state/app-store'
import { createWorkshop, duplicateWorkshop, openWorkshop, renameWorkshop } from '../state/workshop-lifecycle'

/** Recent workshops, new from the sample or blank, open a file, and the trash. */
export function HomeScreen({ canReveal, hasBackups }: { canReveal: boolean; hasBackups: boolean }) {
  const [workshops, setWorkshops] = useState<WorkshopSummary[] | null>(null)
  const [trash, setTrash] = useState<TrashedWorkshop[]>([])

  const [listVersion, setListVersion] = useState(0)

  useEffect(() => {
    let current = true
    void Promise.all([api.listWorkshops({}), api.listTrash({})]).then(([list, trashed]) => {
      if (!current) return
      if (list.ok) setWorkshops(list.value)
      else appActions.notify({ kind: 'error', text: list.error.message })
      if (trashed.ok) setTrash(trashed.value)
    })
    return () => {
      current = false
    }
  }, [listVersion])

  const afterChange = <T,>(task: Promise<T>) => void task.then(() => setListVersion((v) => v + 1))

  return (
    <main className="home" aria-labelledby="home-title">
      <header className="home-header">
        <div>
          <h1 id="home-title">Coalition</h1>
          <p className="tagline">Map who matters, plan how to win them over, and leave the room with commitments.</p>
        </div>
        <div className="home-actions">
          <button type="button" className="primary" onClick={() => void createWorkshop(true)}>
            New from sample
          </button>
          <button type="button" onClick={() => void createWorkshop(false)}>
            New blank workshop
          </button>
          <button type="button" onClick={() => document.getElementById(OPEN_FILE_INPUT_ID)?.click()}>
            Open file…
          </button>
        </div>
      </header>

      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent workshops</h2>
        {workshops === null ? (
          <p className="hint">Loading…</p>
        ) : workshops.length === 0 ? (
          <p className="hint">No workshops yet. Start from the sample to see how a finished map looks.</p>
        ) : (
          <ul className="workshop-list" data-testid="workshop-list">
            {workshops.map((w) => (
              <li key={w.file} className={`workshop-row${w.problem ? ' has-problem' : ''}`} data-file={w.file}>
                <button
                  type="button"
                  className="workshop-open"
                  // A file that cannot be read leads to its saved versions instead.
                  onClick={() => (w.problem ? appActions.showRecovery(w.file) : void openWorkshop(w.file))}
                  aria-label={w.problem ? `Recover ${w.title}` : undefined}
                >
                  <span className="workshop-title">{w.title}</span>
                  <span className="workshop-meta">
                    {w.problem
                      ? w.problem
                      : `${w.organisation ? `${w.organisation} · ` : ''}${w.stakeholderCount} stakeholders · saved ${formatDistanceToNow(new Date(w.updatedAt), { addSuffix: true })}`}
                  </span>
                </button>
                <div className="row-actions">
                  {!w.problem && (
                    <>
                      <button type="button" onClick={() => afterChange(renameWorkshop(w))} aria-label={`Rename ${w.title}`}>
                        Rename
                      </button>
                      <button type="button" onClick={() => afterChange(duplicateWorkshop(w.file))} aria-label={`Duplicate ${w.title}`}>
                        Duplicate
                      </button>
                    </>
                  )}
                  {hasBackups && (
                    <button type="button" onClick={() => appActions.showRecovery(w.file)} aria-label={`Saved versions of ${w.title}`}>
                      Versions
                    </button>
                  )}
                  {canReveal && (
                    <button type="button" onClick={() => void api.revealWorkshop({ file: w.file })} aria-label={`Show ${w.title} in folder`}>
                      Show in folder
                    </button>
                  )}
                  <button
                    type="button"
                    className="danger"
                    aria-label={`Delete ${w.title}`}
                    onClick={() =>
                      afterChange(
                        api.deleteWorkshop({ file: w.file }).then((r) => {
                          if (r.ok) appActions.notify({ kind: 'info', text: `Moved “${r.value.title}” to the trash. You can restore it below.` })
                          else appActions.notify({ kind: 'error', text: r.error.message })
                        }),
                      )
                    }
                  >
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      {trash.length > 0 && (
        <details className="trash">
          <summary>Recently deleted ({trash.length})</summary>
          <ul>
            {trash.map((t) => (
              <li key={t.trashFile}>
                <span>
                  {t.title} <span className="hint">deleted {formatDistanceToNow(new Date(t.deletedAt), { addSuffix: true })}</span>
                </span>
                <button type="button" onClick={() => afterChange(api.restoreWorkshop({ trashFile: t.trashFile }))}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </main>
  )
}
