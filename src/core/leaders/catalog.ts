import type { LeaderLevel, LeaderTactic, Mentoring, WorkStatus } from './schema'

export interface CatalogEntry<T extends string> {
  id: T
  label: string
  /** One line that says what it means in practice, for tooltips and the PDF. */
  description: string
}

/** The tactics a leader can take on, in the order the catalog and the matrix show them. */
export const TACTIC_CATALOG: Readonly<Record<LeaderTactic, CatalogEntry<LeaderTactic>>> = {
  'accountability-goal': {
    id: 'accountability-goal',
    label: 'Accountability goal',
    description: 'Writes the success of the change into their own yearly objectives, where their manager will look.',
  },
  'model-new-way': {
    id: 'model-new-way',
    label: 'Models the new way',
    description: 'Runs their own meetings and reports through the new way of working, so their team sees it used.',
  },
  'video-message': {
    id: 'video-message',
    label: 'Short video message',
    description: 'Records a two-minute video on why this change matters, which can be shared with everyone at once.',
  },
  'briefing-kit': {
    id: 'briefing-kit',
    label: 'Briefing kit',
    description: 'Gets a ready-made set of slides and talking points to explain the change in their own team meetings.',
  },
  'feedback-channel': {
    id: 'feedback-channel',
    label: 'Two-way feedback channel',
    description: 'Takes part in a channel where people can ask and comment, live or in their own time, and gets answers back.',
  },
  'update-cadence': {
    id: 'update-cadence',
    label: 'Regular updates',
    description: 'Sends news on a fixed rhythm (town hall, newsletter, chat or email) so nobody has to wonder what is going on.',
  },
  'open-kick-off': {
    id: 'open-kick-off',
    label: 'Opens the kick-off',
    description: 'Opens the kick-off, the training or another milestone in person, to show that it matters to the top.',
  },
  recognition: {
    id: 'recognition',
    label: 'Recognises extra effort',
    description: 'Thanks people by name, in front of their peers, when they go out of their way to make the change work.',
  },
  'office-hours': {
    id: 'office-hours',
    label: 'Office hours',
    description: 'Keeps a regular open slot, online or in person, where anyone can drop in with a question or a worry.',
  },
}

export const LEADER_LEVEL_CATALOG: Readonly<Record<LeaderLevel, CatalogEntry<LeaderLevel>>> = {
  executive: { id: 'executive', label: 'Executive', description: 'Sits at the top table: sets direction, budgets and priorities.' },
  'mid-level': { id: 'mid-level', label: 'Mid-level', description: 'Leads a department or team: turns the direction into daily work.' },
}

export const WORK_STATUS_CATALOG: Readonly<Record<WorkStatus, CatalogEntry<WorkStatus>>> = {
  planned: { id: 'planned', label: 'Planned', description: 'Agreed, not started yet.' },
  'in-progress': { id: 'in-progress', label: 'In progress', description: 'Under way.' },
  done: { id: 'done', label: 'Done', description: 'Finished.' },
}

export type MentoringStatus = Mentoring['status']

/** The mentoring statuses in the order a pairing goes through them. */
export const MENTORING_STATUSES: readonly MentoringStatus[] = ['proposed', 'active', 'paused', 'finished']

export const MENTORING_STATUS_CATALOG: Readonly<Record<MentoringStatus, CatalogEntry<MentoringStatus>>> = {
  proposed: { id: 'proposed', label: 'Proposed', description: 'The pair is suggested; neither has said yes yet.' },
  active: { id: 'active', label: 'Active', description: 'The two meet on the agreed rhythm.' },
  paused: { id: 'paused', label: 'Paused', description: 'On hold for now, to be picked up again.' },
  finished: { id: 'finished', label: 'Finished', description: 'The pair has done what it set out to do.' },
}
