import { QUADRANTS } from '../map/quadrant'
import type { Workshop } from './schema'

export type WorkshopSections = Pick<Workshop, 'plan' | 'tracking' | 'leadership' | 'network' | 'journey' | 'votes'>

/** The sections of a workshop nobody has worked on yet; the plan starts from the standard approaches. */
export function emptySections(): WorkshopSections {
  return {
    plan: {
      approaches: {
        'change-makers': QUADRANTS['change-makers'].approach,
        'change-sponsors': QUADRANTS['change-sponsors'].approach,
        onlookers: QUADRANTS.onlookers.approach,
        'change-adopters': QUADRANTS['change-adopters'].approach,
      },
      activities: [],
    },
    tracking: { checkIns: [], snapshots: [] },
    leadership: { leaders: [], mentoring: [], commitments: [] },
    network: {
      champions: [],
      meetingCadence: '',
      communicationPlan: '',
      kickOffDate: null,
      kickOffAgenda: '',
      provided: '',
      feedback: [],
    },
    journey: [],
    votes: [],
  }
}
