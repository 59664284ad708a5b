import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const APP_NAME = 'Coalition'
export const WORKSHOPS_DIR_ENV = 'COALITION_WORKSHOPS_DIR'
const WORKSHOPS_DIR_FLAG = '--workshops-dir'

/** Where Electron keeps per-user data for this app, worked out the same way without Electron. */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME)
}

/**
 * The workshops folder: `--workshops-dir <dir>` (or `--workshops-dir=<dir>`), then the
 * COALITION_WORKSHOPS_DIR variable, then "Workshops" inside the user-data folder.
 */
export function resolveWorkshopsDir(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): string {
  const index = argv.findIndex((a) => a === WORKSHOPS_DIR_FLAG || a.startsWith(`${WORKSHOPS_DIR_FLAG}=`))
  const flag = index < 0 ? undefined : argv[index]?.includes('=') ? argv[index]?.split('=').slice(1).join('=') : argv[index + 1]
  const chosen = flag || env[WORKSHOPS_DIR_ENV]
  return chosen ? resolve(chosen) : join(userDataDir, 'Workshops')
}

/** The project (or installed app) folder: two levels above this module in both src/ and out/. */
export function appRootFrom(moduleUrl: string): string {
  return resolve(dirname(fileURLToPath(moduleUrl)), '..', '..')
}

/** The bundled sample workshop inside an app root. */
export const samplePathIn = (appRoot: string): string => join(appRoot, 'workshops', 'sample-workshop.json')
