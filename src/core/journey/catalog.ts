import type { JourneyEntry } from './schema'

export type JourneySize = JourneyEntry['size']

/** Words for the two kinds of day on the journey. */
export const JOURNEY_SIZES: Readonly<Record<JourneySize, { label: string; description: string }>> = {
  big: { label: 'Big day', description: 'A milestone the whole organisation will remember.' },
  small: { label: 'Small day', description: 'A small win or setback that shows where the change really is.' },
}
