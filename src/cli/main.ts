import { type CliCommand, type CliOutput, CommandFailure, UsageError } from './command'
import { COMMANDS } from './commands'

const PREFIX = 'npm run cli --'

function help(commands: readonly CliCommand[]): string {
  return ['Coalition command line. Commands:', ...commands.map((c) => `  ${PREFIX} ${c.usage}\n      ${c.summary}`)].join('\n')
}

/** Runs one command line; returns the exit code: 0 done, 1 the command failed, 2 wrong arguments. */
export async function runCli(argv: readonly string[], output: CliOutput, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    ;(name ? output.out : output.err)(help(commands))
    return name ? 0 : 2
  }
  const command = commands.find((c) => c.name === name)
  if (!command) {
    output.err(`Unknown command "${name}". Commands: ${commands.map((c) => c.name).join(', ')}.`)
    return 2
  }
  try {
    await command.run(rest, output)
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`${error.message}. Usage: ${PREFIX} ${command.usage}`)
      return 2
    }
    if (error instanceof CommandFailure) {
      output.err(oneLine(error.message))
      return 1
    }
    output.err(`Unexpected error in "${name}": ${oneLine(error instanceof Error ? error.message : String(error))}`)
    return 1
  }
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ')

const code = await runCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) })
process.exitCode = code
