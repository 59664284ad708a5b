// Run by fault-injection.test.ts as a user who may not write in the folder given as argv[2]:
// opens the library there, lists, opens and tries to save, and prints what happened as JSON.
import { WorkshopLibrary } from '../../src/main/services/workshop-library'

const dir = process.argv[2] ?? ''
const library = await WorkshopLibrary.open({ dir, samplePath: '/nonexistent' })
const list = await library.list()
const opened = await library.open('Plan.json')
const save = opened.ok ? await library.save('Plan.json', { ...opened.value.workshop, title: 'Changed' }, opened.value.revision) : null
const created = await library.create('Another', false)
console.log(JSON.stringify({ list, opened: opened.ok, save, created }))
