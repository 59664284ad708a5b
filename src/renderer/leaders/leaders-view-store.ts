import { create } from 'zustand'

export const LEADERS_VIEWS = [
  { id: 'leaders', label: 'Leaders & tactics' },
  { id: 'matrix', label: 'Overview' },
  { id: 'mentoring', label: 'Reverse mentoring' },
  { id: 'commitments', label: 'Commitments' },
] as const
export type LeadersView = (typeof LEADERS_VIEWS)[number]['id']

interface LeadersViewState {
  view: LeadersView
  /** The commitment open in the editor; falls back to the first when it no longer exists. */
  commitmentId: string | null
  /** The signatory whose signature pad is open. */
  signing: { commitmentId: string; stakeholderId: string } | null
}

/** Where the user is in the Leaders section; kept outside React so it survives switching tabs. */
export const useLeadersView = create<LeadersViewState>(() => ({ view: 'leaders', commitmentId: null, signing: null }))

export const leadersViewActions = {
  show(view: LeadersView): void {
    useLeadersView.setState({ view })
  },
  openCommitment(commitmentId: string): void {
    useLeadersView.setState({ view: 'commitments', commitmentId })
  },
  sign(commitmentId: string, stakeholderId: string): void {
    useLeadersView.setState({ signing: { commitmentId, stakeholderId } })
  },
  closePad(): void {
    useLeadersView.setState({ signing: null })
  },
}
