import { appRootFrom, samplePathIn } from '../main/paths'

/** What a command may print; main wires it to stdout and stderr, tests can capture it. */
export interface CliOutput {
  out(line: string): void
  err(line: string): void
}

/** One command of `npm run cli`: main finds it by name and runs it with the remaining arguments. */
export interface CliCommand {
  name: string
  /** The arguments, as shown after `npm run cli -- ` in help and usage errors. */
  usage: string
  summary: string
  run(args: readonly string[], output: CliOutput): Promise<void>
}

/** The command could not do its job (unreadable file, invalid workshop): one line, exit code 1. */
export class CommandFailure extends Error {}

/** The arguments were wrong: the message and the command's usage, exit code 2. */
export class UsageError extends Error {}

/** The bundled sample workshop, found from this folder (src/cli) two levels up, as the app finds it. */
export const SAMPLE_PATH = samplePathIn(appRootFrom(import.meta.url))
