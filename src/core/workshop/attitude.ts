export const ATTITUDES = ['champion', 'supporter', 'neutral', 'sceptic', 'blocker'] as const
export type Attitude = (typeof ATTITUDES)[number]

export interface AttitudeInfo {
  id: Attitude
  label: string
  /** Node colour on the map and in PDFs; all reach 4.5:1 against white text. */
  colour: string
}

export const ATTITUDE_INFO: Readonly<Record<Attitude, AttitudeInfo>> = {
  champion: { id: 'champion', label: 'Champion', colour: '#0B6E4F' },
  supporter: { id: 'supporter', label: 'Supporter', colour: '#1D4ED8' },
  neutral: { id: 'neutral', label: 'Neutral', colour: '#4B5563' },
  sceptic: { id: 'sceptic', label: 'Sceptic', colour: '#6D28D9' },
  blocker: { id: 'blocker', label: 'Blocker', colour: '#B91C1C' },
}
