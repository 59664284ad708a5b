import { create } from 'zustand'

/** The selected journey entry and the tag the timeline is filtered by; kept across tab switches. */
export const useJourneyView = create<{ selectedId: string | null; tag: string | null }>(() => ({ selectedId: null, tag: null }))

export const journeyViewActions = {
  select(selectedId: string | null): void {
    useJourneyView.setState({ selectedId })
  },
  filter(tag: string | null): void {
    useJourneyView.setState({ tag })
  },
}
