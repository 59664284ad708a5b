import { resolve } from 'node:path'
import { readWorkshopAt } from '../../main/services/workshop-at-path'
import { parseCommandArgs } from '../arguments'
import { type CliCommand, CommandFailure } from '../command'

/** `validate <workshop.json>`: exit 0 for a workshop this version can open, else one line saying what is wrong. */
export const validateCommand: CliCommand = {
  name: 'validate',
  usage: 'validate <workshop.json>',
  summary: 'check that a file is a valid workshop this version can open',
  async run(args, output) {
    const { positionals } = parseCommandArgs(args, {}, 1)
    const path = resolve(positionals[0] ?? '')
    const read = await readWorkshopAt(path)
    if (!read.ok) throw new CommandFailure(`${path}: ${read.error.message}`)
    const { title, stakeholders, schemaVersion } = read.value
    output.out(`${path} is a valid workshop: "${title}", format ${schemaVersion}, ${stakeholders.length} stakeholders.`)
  },
}
