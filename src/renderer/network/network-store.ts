import { create } from 'zustand'

export type NetworkView = 'champions' | 'plan'

/** Which part of the Network section shows and which champion is selected; kept across tab switches. */
export const useNetworkView = create<{ view: NetworkView; selectedId: string | null }>(() => ({ view: 'champions', selectedId: null }))

export const networkViewActions = {
  show(view: NetworkView): void {
    useNetworkView.setState({ view })
  },
  select(selectedId: string | null): void {
    useNetworkView.setState({ selectedId })
  },
}
