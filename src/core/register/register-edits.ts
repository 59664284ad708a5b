import { produce } from 'immer'
import { type MapPosition, clampPosition } from '../map/quadrant'
import type { StakeholderNote, Workshop } from '../workshop/schema'
import { LIMITS } from '../workshop/schema'

/** Adds a dated priority, concern or note to a stakeholder; a full list or an unknown id changes nothing. */
export function addNote(workshop: Workshop, stakeholderId: string, note: StakeholderNote): Workshop {
  const target = workshop.stakeholders.find((s) => s.id === stakeholderId)
  if (!target || target.notes.length >= LIMITS.notesPerStakeholder || !note.text.trim()) return workshop
  return produce(workshop, (draft) => {
    draft.stakeholders.find((s) => s.id === stakeholderId)?.notes.push({ ...note, text: note.text.trim() })
  })
}

/** Removes one note. */
export function removeNote(workshop: Workshop, stakeholderId: string, noteId: string): Workshop {
  const target = workshop.stakeholders.find((s) => s.id === stakeholderId)
  if (!target?.notes.some((n) => n.id === noteId)) return workshop
  return produce(workshop, (draft) => {
    const person = draft.stakeholders.find((s) => s.id === stakeholderId)
    if (person) person.notes = person.notes.filter((n) => n.id !== noteId)
  })
}

/** Sets where we want someone to be on the map, or clears it with null. */
export function setDesiredPosition(workshop: Workshop, stakeholderId: string, desired: MapPosition | null): Workshop {
  return produce(workshop, (draft) => {
    const person = draft.stakeholders.find((s) => s.id === stakeholderId)
    if (person) person.desired = desired ? clampPosition(desired) : null
  })
}
