import { produce } from 'immer'
import type { Workshop } from './schema'

export type WorkshopDetails = Pick<Workshop, 'title' | 'organisation' | 'initiative' | 'facilitator' | 'language' | 'startDate'>

/** Changes the workshop's own details (title, organisation, …). */
export function updateWorkshopDetails(workshop: Workshop, patch: Partial<WorkshopDetails>): Workshop {
  return produce(workshop, (draft) => {
    Object.assign(draft, patch)
  })
}
