import type { CliCommand } from '../command'
import { exportCommand } from './export-command'
import { importCommand } from './import-command'
import { newCommand } from './new-command'
import { validateCommand } from './validate-command'

/** Every command of `npm run cli`, in the order help lists them. Add a command here. */
export const COMMANDS: readonly CliCommand[] = [newCommand, validateCommand, importCommand, exportCommand]
