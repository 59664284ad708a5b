import { basename, extname, resolve } from 'node:path'
import { nanoid } from 'nanoid'
import { createWorkshopAt, readWorkshopAt } from '../../main/services/workshop-at-path'
import { createBlankWorkshop } from '../../core/workshop/new-workshop'
import type { Workshop } from '../../core/workshop/schema'
import { parseCommandArgs } from '../arguments'
import { type CliCommand, CommandFailure, SAMPLE_PATH, UsageError } from '../command'

/** `new <workshop.json> [--from-sample] [--title <title>]`: writes a fresh workshop file, never over an existing one. */
export const newCommand: CliCommand = {
  name: 'new',
  usage: 'new <workshop.json> [--from-sample] [--title <title>]',
  summary: 'create a workshop file, empty or as a copy of the bundled sample',
  async run(args, output) {
    const { values, positionals } = parseCommandArgs(args, { 'from-sample': { type: 'boolean' }, title: { type: 'string' } }, 1)
    const target = resolve(positionals[0] ?? '')
    if (extname(target).toLowerCase() !== '.json') throw new UsageError('the workshop file name must end in .json')
    const title = (typeof values.title === 'string' ? values.title : basename(target, extname(target))).trim()
    if (!title) throw new UsageError('the title is empty')
    const now = new Date()
    let workshop: Workshop = createBlankWorkshop({ title }, nanoid(12), now)
    if (values['from-sample']) {
      const sample = await readWorkshopAt(SAMPLE_PATH)
      if (!sample.ok) throw new CommandFailure(`The bundled sample workshop could not be read: ${sample.error.message}`)
      const { revision: _revision, ...content } = sample.value
      workshop = { ...content, id: workshop.id, title, createdAt: workshop.createdAt, updatedAt: workshop.updatedAt }
    }
    const created = await createWorkshopAt(target, workshop)
    if (!created.ok) throw new CommandFailure(created.error.message)
    output.out(`Created ${target} ("${title}", ${workshop.stakeholders.length} stakeholders).`)
  },
}
