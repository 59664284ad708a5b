import { type ParseArgsConfig, parseArgs } from 'node:util'
import { UsageError } from './command'

type Options = NonNullable<ParseArgsConfig['options']>

/** node's parseArgs, with its errors turned into usage errors and an exact count of positionals. */
export function parseCommandArgs<O extends Options>(args: readonly string[], options: O, positionals: number) {
  let parsed
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split(/\.\s/)[0] : String(error))
  }
  if (parsed.positionals.length !== positionals) {
    throw new UsageError(parsed.positionals.length < positionals ? 'a file is missing' : `unexpected argument "${parsed.positionals[positionals]}"`)
  }
  return parsed
}
