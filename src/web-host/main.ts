import { join } from 'node:path'
import { createIpcHandlers } from '../main/ipc-handlers'
import { appRootFrom, defaultUserDataDir, resolveWorkshopsDir, samplePathIn } from '../main/paths'
import { AppSettingsStore } from '../main/services/app-settings'
import { WorkshopLibrary } from '../main/services/workshop-library'
import { startWebHost } from './web-host'

/** `npm run web`: the whole app in a browser, on this machine only. */
async function main(): Promise<void> {
  const root = appRootFrom(import.meta.url)
  const userData = process.env.COALITION_USER_DATA_DIR ?? defaultUserDataDir()
  const workshopsDir = resolveWorkshopsDir(process.argv, process.env, userData)
  const library = await WorkshopLibrary.open({ dir: workshopsDir, samplePath: samplePathIn(root), backupsDir: join(userData, 'Backups') })
  const settings = await AppSettingsStore.open(join(userData, 'browser-host-settings.json'))
  const handlers = createIpcHandlers({
    library,
    settings,
    capabilities: { host: 'browser', version: process.env.npm_package_version ?? '0.0.0' },
    logError: (error) => console.error(error),
  })
  const portArg = process.argv.find((a) => a.startsWith('--port='))
  const host = await startWebHost({ handlers, rendererDir: join(root, 'out', 'renderer'), port: portArg ? Number(portArg.slice(7)) : 0 })
  console.log(`Coalition is running at ${host.url}`)
  console.log(`Workshops folder: ${workshopsDir}`)
  const stop = () => void Promise.all([host.close(), library.closeAll()]).then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`Coalition's browser host could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
