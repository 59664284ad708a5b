// Saves one workshop over and over until it is killed; bundled and run by kill-during-save.test.ts.
// Each acknowledged save is reported with a synchronous write, so the report survives a SIGKILL.
import { writeSync } from 'node:fs'
import { WorkshopLibrary } from '../../src/main/services/workshop-library'
import { LOOP_FILE, loopWorkshop, saveNumberOf } from './save-loop'

const [dir = '', backupsDir = '', samplePath = ''] = process.argv.slice(2)
const library = await WorkshopLibrary.open({ dir, backupsDir, samplePath })
const opened = await library.open(LOOP_FILE)
if (!opened.ok) {
  process.stderr.write(`cannot open after a kill: ${opened.error.message}\n`)
  process.exit(3)
}
let revision = opened.value.revision
const base = opened.value.workshop
for (let n = saveNumberOf(base) + 1; ; n++) {
  const saved = await library.save(LOOP_FILE, loopWorkshop(base, n), revision)
  if (!saved.ok) {
    process.stderr.write(`save ${n} failed: ${saved.error.message}\n`)
    process.exit(4)
  }
  revision = saved.value.revision
  writeSync(1, `ack ${n}\n`)
}
