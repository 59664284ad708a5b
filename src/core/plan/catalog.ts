import type { QuadrantId } from '../map/quadrant'
import type { Activity, ActivityStatus, ActivityType } from './schema'

export interface CatalogEntry<T extends string> {
  id: T
  label: string
  /** One line that tells the room what the entry means. */
  description: string
}

/** Every kind of activity with the words shown on screen and in PDFs. */
export const ACTIVITY_TYPE_INFO: Readonly<Record<ActivityType, CatalogEntry<ActivityType>>> = {
  'co-creation-session': {
    id: 'co-creation-session',
    label: 'Co-creation session',
    description: 'A working session where they shape part of the change with us.',
  },
  'joint-prioritisation': {
    id: 'joint-prioritisation',
    label: 'Joint prioritisation',
    description: 'Deciding together what comes first, so the order is theirs as much as ours.',
  },
  'progress-report': {
    id: 'progress-report',
    label: 'Progress report',
    description: 'A short, regular account of what moved, what is late and what we need.',
  },
  'alignment-call': {
    id: 'alignment-call',
    label: 'Alignment call',
    description: 'A one-to-one conversation to check they still back the direction.',
  },
  'branded-communication': {
    id: 'branded-communication',
    label: 'Branded communication',
    description: 'A recognisable update in the initiative’s own look, so people spot it at once.',
  },
  'how-to-guide': {
    id: 'how-to-guide',
    label: 'How-to guide',
    description: 'Step-by-step instructions for doing the work the new way.',
  },
  training: {
    id: 'training',
    label: 'Training',
    description: 'Hands-on practice until the new way feels routine.',
  },
  'drip-campaign': {
    id: 'drip-campaign',
    label: 'Drip campaign',
    description: 'Small tips sent one at a time over weeks, each easy to act on.',
  },
  'office-hours': {
    id: 'office-hours',
    label: 'Office hours',
    description: 'A standing slot where anyone can drop in with questions.',
  },
  'town-hall': {
    id: 'town-hall',
    label: 'Town hall',
    description: 'A large open meeting to explain the change and take questions live.',
  },
  newsletter: {
    id: 'newsletter',
    label: 'Newsletter',
    description: 'A periodic digest of news, stories and dates about the change.',
  },
  custom: {
    id: 'custom',
    label: 'Custom',
    description: 'Anything else the room invents; give it a name of its own.',
  },
}

/** Every status an activity can have, in board order. */
export const ACTIVITY_STATUS_INFO: Readonly<Record<ActivityStatus, CatalogEntry<ActivityStatus>>> = {
  planned: { id: 'planned', label: 'Planned', description: 'Agreed, not started yet.' },
  'in-progress': { id: 'in-progress', label: 'In progress', description: 'Under way now.' },
  done: { id: 'done', label: 'Done', description: 'Finished and delivered.' },
  dropped: { id: 'dropped', label: 'Dropped', description: 'Decided against; kept for the record.' },
}

/** The kinds of activity that fit each quadrant's standard approach, offered first when planning for it. */
export const SUGGESTED_TYPES: Readonly<Record<QuadrantId, readonly ActivityType[]>> = {
  'change-makers': ['co-creation-session', 'joint-prioritisation'],
  'change-sponsors': ['progress-report', 'alignment-call', 'branded-communication'],
  onlookers: ['progress-report', 'alignment-call', 'branded-communication'],
  'change-adopters': ['how-to-guide', 'training', 'drip-campaign'],
}

/** The name of an activity's kind; a custom one goes by the name the room gave it. */
export function activityTypeLabel(activity: Pick<Activity, 'type' | 'customType'>): string {
  if (activity.type === 'custom') return activity.customType.trim() || ACTIVITY_TYPE_INFO.custom.label
  return ACTIVITY_TYPE_INFO[activity.type].label
}
