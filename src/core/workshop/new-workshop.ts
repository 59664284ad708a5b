import { CURRENT_SCHEMA_VERSION, type Workshop } from './schema'
import { emptySections } from './sections'

export interface NewWorkshopInput {
  title: string
  organisation?: string
  initiative?: string
  facilitator?: string
}

/** An empty workshop; the id and time are passed in so this stays pure. */
export function createBlankWorkshop(input: NewWorkshopInput, id: string, now: Date): Workshop {
  const stamp = now.toISOString()
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    title: input.title.trim(),
    organisation: input.organisation?.trim() ?? '',
    initiative: input.initiative?.trim() ?? '',
    facilitator: input.facilitator?.trim() ?? '',
    language: 'en',
    startDate: stamp.slice(0, 10),
    createdAt: stamp,
    updatedAt: stamp,
    stakeholders: [],
    ...emptySections(),
  }
}
