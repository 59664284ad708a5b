import { create } from 'zustand'
import type { QuadrantId } from '../../core/map/quadrant'
import { QUADRANT_IDS } from '../../core/map/quadrant'
import { announce } from '../map/map-announcer'

/** How names appear while presenting: in full, as initials, or hidden behind a number. */
export type NameDisplay = 'full' | 'initials' | 'hidden'
export const NAME_DISPLAYS: readonly NameDisplay[] = ['full', 'initials', 'hidden']

interface PresentationState {
  active: boolean
  names: NameDisplay
  spotlight: QuadrantId | null
  pointer: boolean
  /** The small edit card (Enter on the map) is open. */
  editing: boolean
  /** The dots of the latest revealed vote on people are drawn by their names. */
  voteDots: boolean
}

/** The facilitator's presentation settings; they last for the session, not in the workshop file. */
export const usePresentation = create<PresentationState>(() => ({ active: false, names: 'full', spotlight: null, pointer: false, editing: false, voteDots: false }))

const NAME_NEWS: Record<NameDisplay, string> = { full: 'Names shown in full.', initials: 'Names shown as initials.', hidden: 'Names hidden; people are numbered.' }

/** A new name mode also replaces the last announcement, which may hold a name now hidden. */
function showNames(names: NameDisplay): void {
  usePresentation.setState({ names })
  announce(NAME_NEWS[names])
}

export const presentationActions = {
  set(active: boolean): void {
    usePresentation.setState(active ? { active } : { active, pointer: false, spotlight: null, editing: false })
  },
  setEditing(editing: boolean): void {
    usePresentation.setState({ editing })
  },
  setNames: showNames,
  cycleNames(): void {
    const { names } = usePresentation.getState()
    showNames(NAME_DISPLAYS[(NAME_DISPLAYS.indexOf(names) + 1) % NAME_DISPLAYS.length] ?? 'full')
  },
  setSpotlight(spotlight: QuadrantId | null): void {
    usePresentation.setState({ spotlight })
  },
  /** Steps through the four quadrants in their key order (1–4), then off. */
  nextSpotlight(): void {
    const { spotlight } = usePresentation.getState()
    const index = spotlight ? QUADRANT_IDS.indexOf(spotlight) + 1 : 0
    usePresentation.setState({ spotlight: QUADRANT_IDS[index] ?? null })
  },
  toggleVoteDots(): void {
    usePresentation.setState((s) => ({ voteDots: !s.voteDots }))
  },
  togglePointer(): void {
    usePresentation.setState((s) => ({ pointer: !s.pointer }))
  },
}
