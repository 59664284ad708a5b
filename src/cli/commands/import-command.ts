import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { nanoid } from 'nanoid'
import { guessMapping } from '../../core/import/import-mapping'
import { type DuplicatePolicy, applyImportPlan, buildImportPlan, describeSkipped } from '../../core/import/import-plan'
import { errorCode } from '../../main/services/durable-fs'
import { readSpreadsheet } from '../../main/services/spreadsheet-reader'
import { readWorkshopAt, writeWorkshopAt } from '../../main/services/workshop-at-path'
import { parseCommandArgs } from '../arguments'
import { type CliCommand, CommandFailure, UsageError } from '../command'

/**
 * `import <people.csv|.xlsx> --into <workshop.json>`: the app's import with the guessed mapping.
 * Reads and plans everything first; the workshop file is written once, atomically, or not at all.
 */
export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import <people.csv|.xlsx> --into <workshop.json> [--duplicates merge|skip] [--sheet <name>]',
  summary: 'add the people in a spreadsheet to a workshop, merging or skipping people already there',
  async run(args, output) {
    const { values, positionals } = parseCommandArgs(
      args,
      { into: { type: 'string' }, duplicates: { type: 'string', default: 'merge' }, sheet: { type: 'string' } },
      1,
    )
    if (typeof values.into !== 'string' || !values.into) throw new UsageError('--into <workshop.json> is missing')
    if (values.duplicates !== 'merge' && values.duplicates !== 'skip') throw new UsageError('--duplicates is "merge" or "skip"')
    const duplicates: DuplicatePolicy = values.duplicates
    const source = resolve(positionals[0] ?? '')
    const target = resolve(values.into)

    let bytes: Uint8Array
    try {
      bytes = new Uint8Array(await readFile(source))
    } catch (error) {
      throw new CommandFailure(`Cannot read ${source}: ${errorCode(error) === 'ENOENT' ? 'there is no such file' : (errorCode(error) ?? String(error))}.`)
    }
    const grid = await readSpreadsheet(bytes, basename(source), typeof values.sheet === 'string' ? values.sheet : null)
    if (!grid.ok) throw new CommandFailure(`${basename(source)}: ${grid.error.message}`)
    const opened = await readWorkshopAt(target)
    if (!opened.ok) throw new CommandFailure(`${target}: ${opened.error.message}`)

    const { revision, ...workshop } = opened.value
    const now = new Date()
    const options = { duplicates, today: now.toISOString().slice(0, 10) }
    const mapping = guessMapping(grid.value.rows)
    const plan = buildImportPlan(grid.value.rows, mapping, workshop, options)
    if (plan.blocked) {
      throw new CommandFailure(`${basename(source)}: no column looks like names (headers such as "Name" or "Full name" are recognised); nothing was imported.`)
    }
    const next = applyImportPlan(workshop, plan, options, () => nanoid(10), now)
    if (plan.counts.add + plan.counts.merge > 0) {
      const written = await writeWorkshopAt(target, next, revision, now)
      if (!written.ok) throw new CommandFailure(`${target}: ${written.error.message}`)
    }

    const { add, merge, skip } = plan.counts
    output.out(`Imported ${add}, merged ${merge}, skipped ${skip} from ${basename(source)} into ${basename(target)}.`)
    for (const line of describeSkipped(plan)) output.out(`  skipped ${line}`)
    for (const row of plan.rows) for (const note of row.notes) output.out(`  note row ${row.row}: ${note}`)
    for (const warning of plan.warnings) output.out(`  ${warning}`)
  },
}
