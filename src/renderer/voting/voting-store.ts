import { create } from 'zustand'

interface VotingView {
  /** The vote on screen; null shows the newest. */
  voteId: string | null
  /** The form for a new vote is open. */
  creating: boolean
  /** Whose dots are being entered; everyone else's stay out of sight. */
  ballotFor: string | null
}

/** What the voting section shows; not part of the workshop. */
export const useVotingView = create<VotingView>(() => ({ voteId: null, creating: false, ballotFor: null }))

export const votingViewActions = {
  show(voteId: string | null): void {
    useVotingView.setState({ voteId, creating: false, ballotFor: null })
  },
  startNew(): void {
    useVotingView.setState({ creating: true, ballotFor: null })
  },
  cancelNew(): void {
    useVotingView.setState({ creating: false })
  },
  openBallot(participantId: string | null): void {
    useVotingView.setState({ ballotFor: participantId })
  },
}
