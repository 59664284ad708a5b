import { nanoid } from 'nanoid'
import { takeSnapshot } from '../../core/tracking/progress'
import { askText } from '../common/prompt-dialog'
import { currentWorkshop, sessionActions } from '../state/workshop-session'

/** Asks for a name and keeps a picture of the map as it is now; one undo step. */
export async function askAndTakeSnapshot(): Promise<void> {
  const count = currentWorkshop().tracking.snapshots.length
  const name = await askText({ title: 'Take a snapshot of the map', label: 'Name of the snapshot', initial: count === 0 ? 'Kick-off' : `Snapshot ${count + 1}`, confirm: 'Take snapshot' })
  if (!name) return
  sessionActions.edit(`Take the snapshot ${name}`, (w) => takeSnapshot(w, name, nanoid(10), new Date()))
}
