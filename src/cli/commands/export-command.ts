import { resolve } from 'node:path'
import { EXPORT_KINDS, type ExportKind } from '../../core/exports/export-files'
import { ExportError, exportWorkshop } from '../../main/services/exports/workshop-exports'
import { readWorkshopAt } from '../../main/services/workshop-at-path'
import { parseCommandArgs } from '../arguments'
import { type CliCommand, CommandFailure, UsageError } from '../command'

const isKind = (value: string): value is ExportKind => (EXPORT_KINDS as readonly string[]).includes(value)

/** `export <workshop.json> --what <kind> --out <dir>`: the app's PDFs and register, written by the same code. */
export const exportCommand: CliCommand = {
  name: 'export',
  usage: `export <workshop.json> --what ${EXPORT_KINDS.join('|')} --out <dir>`,
  summary: 'write PDFs (plan, commitments, network roster, summary) or everything for participants into a folder; never overwrites a file',
  async run(args, output) {
    const { values, positionals } = parseCommandArgs(args, { what: { type: 'string' }, out: { type: 'string' } }, 1)
    const what = typeof values.what === 'string' ? values.what : 'all'
    if (!isKind(what)) throw new UsageError(`--what must be one of ${EXPORT_KINDS.join(', ')}, not "${what}"`)
    if (typeof values.out !== 'string' || !values.out.trim()) throw new UsageError('--out <dir> is missing')
    const source = resolve(positionals[0] ?? '')
    const read = await readWorkshopAt(source)
    if (!read.ok) throw new CommandFailure(`${source}: ${read.error.message}`)
    const { revision: _revision, ...workshop } = read.value
    try {
      const result = await exportWorkshop(workshop, what, resolve(values.out))
      output.out(`Wrote ${result.files.length} ${result.files.length === 1 ? 'file' : 'files'} to ${result.folder}:`)
      for (const file of result.files) output.out(`  ${file.name}`)
    } catch (error) {
      if (error instanceof ExportError) throw new CommandFailure(error.message)
      throw new CommandFailure(`The export failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  },
}
