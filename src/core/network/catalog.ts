import type { ChampionStage } from './schema'

export interface StageInfo {
  label: string
  /** One sentence for the board's column header and the roster's legend. */
  description: string
}

/** The pipeline's stages in board order, each with the words the app and the PDFs use for it. */
export const STAGE_CATALOG: Readonly<Record<ChampionStage, StageInfo>> = {
  identified: { label: 'Identified', description: 'Named as someone colleagues listen to; not asked yet.' },
  invited: { label: 'Invited', description: 'Asked to join the network; the answer is still open.' },
  confirmed: { label: 'Confirmed', description: 'Said yes and takes part in the network.' },
  declined: { label: 'Declined', description: 'Said no for now; worth asking again later.' },
}

/** The two things that make someone a good champion, as the app asks about them. */
export const CHAMPION_CRITERIA = {
  respected: { label: 'Respected by peers', description: 'Others seek out their opinion and trust it.' },
  willing: { label: 'Willing', description: 'Wants the change to succeed and will give it time.' },
} as const

/** The label of a stage, for lists and PDFs. */
export function stageLabel(stage: ChampionStage): string {
  return STAGE_CATALOG[stage].label
}
