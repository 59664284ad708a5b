import { create } from 'zustand'

/** Which activity the plan's editor shows; null shows the hint. */
export const usePlanView = create<{ selectedActivityId: string | null }>(() => ({ selectedActivityId: null }))

export const planViewActions = {
  select(selectedActivityId: string | null): void {
    usePlanView.setState({ selectedActivityId })
  },
}
