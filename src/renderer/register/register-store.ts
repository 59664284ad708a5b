import { create } from 'zustand'
import { NO_FILTER, type RegisterColumn, type RegisterFilter, type SortDirection } from '../../core/register/register-view'

export type StakeholdersView = 'identify' | 'register'
export type StakeholdersDialog = 'import' | 'paste' | null

interface RegisterState {
  view: StakeholdersView
  filter: RegisterFilter
  sort: { column: RegisterColumn; direction: SortDirection } | null
  dialog: StakeholdersDialog
  /** What the last import or paste did, shown beside the toolbar until the next one. */
  lastResult: string | null
}

/** How the stakeholders section is showing: kept while the user visits other sections. */
export const useRegisterStore = create<RegisterState>(() => ({ view: 'register', filter: NO_FILTER, sort: null, dialog: null, lastResult: null }))

export const registerActions = {
  showView(view: StakeholdersView): void {
    useRegisterStore.setState({ view })
  },
  setFilter(patch: Partial<RegisterFilter>): void {
    useRegisterStore.setState((s) => ({ filter: { ...s.filter, ...patch } }))
  },
  clearFilter(): void {
    useRegisterStore.setState({ filter: NO_FILTER })
  },
  /** First click sorts ascending, the second descending, the third back to the workshop's order. */
  toggleSort(column: RegisterColumn): void {
    useRegisterStore.setState(({ sort }) => {
      if (sort?.column !== column) return { sort: { column, direction: 'asc' } }
      return { sort: sort.direction === 'asc' ? { column, direction: 'desc' } : null }
    })
  },
  openDialog(dialog: StakeholdersDialog): void {
    useRegisterStore.setState(dialog ? { dialog, lastResult: null } : { dialog })
  },
  reportResult(text: string): void {
    useRegisterStore.setState({ lastResult: text })
  },
}
