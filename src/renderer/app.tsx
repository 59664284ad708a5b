import { useEffect, useState } from 'react'
import type { AppInfo } from '../core/ipc-contract'
import { OPEN_FILE_INPUT_ID, installShortcuts, runAction } from './actions/action-handlers'
import { api } from './api/coalition-api'
import { AppDialogs } from './common/app-dialogs'
import { ChoiceDialog } from './common/choice-dialog'
import { PromptDialog } from './common/prompt-dialog'
import { HomeScreen } from './home/home-screen'
import { CommandPalette } from './palette/command-palette'
import { RecoveryScreen } from './recovery/recovery-screen'
import { appActions, useAppStore } from './state/app-store'
import { installCloseGuard } from './state/close-guard'
import { autosave, importWorkshopFile, openWorkshop } from './state/workshop-lifecycle'
import { WorkshopScreen } from './workshop/workshop-screen'

export function App() {
  const screen = useAppStore((s) => s.screen)
  const notice = useAppStore((s) => s.notice)
  const recoveryFile = useAppStore((s) => s.recoveryFile)
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [ready, setReady] = useState(false)

  useEffect(() => {
    const removeShortcuts = installShortcuts()
    const removeCloseGuard = installCloseGuard()
    const removeMenu = api.onMenuAction(runAction)
    const flushOnHide = () => {
      if (document.visibilityState === 'hidden') void autosave.flush()
    }
    document.addEventListener('visibilitychange', flushOnHide)
    void (async () => {
      const [appInfo, startup] = await Promise.all([api.getAppInfo({}), api.getStartup({})])
      if (appInfo.ok) setInfo(appInfo.value)
      if (startup.ok && startup.value.openFile) await openWorkshop(startup.value.openFile)
      setReady(true)
    })()
    return () => {
      removeShortcuts()
      removeCloseGuard()
      removeMenu()
      document.removeEventListener('visibilitychange', flushOnHide)
    }
  }, [])

  return (
    <>
      {notice && (
        <div className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          <button type="button" aria-label="Dismiss" onClick={() => appActions.notify(null)}>
            ×
          </button>
        </div>
      )}
      {ready &&
        (screen === 'workshop' ? (
          <WorkshopScreen />
        ) : screen === 'recovery' && recoveryFile ? (
          <RecoveryScreen file={recoveryFile} backupsDir={info?.backupsDir ?? null} />
        ) : (
          <HomeScreen canReveal={info?.canRevealFiles ?? false} hasBackups={!!info?.backupsDir} />
        ))}
      <input
        id={OPEN_FILE_INPUT_ID}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (file) void importWorkshopFile(file)
        }}
      />
      <PromptDialog />
      <ChoiceDialog />
      <AppDialogs info={info} />
      <CommandPalette />
    </>
  )
}
