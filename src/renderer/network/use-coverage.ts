import { useMemo } from 'react'
import { type NetworkCoverage, networkCoverage } from '../../core/network/coverage'
import { useSessionStore } from '../state/workshop-session'

/** The open workshop's coverage, recomputed only when the people or the network change. */
export function useCoverage(): NetworkCoverage | null {
  const stakeholders = useSessionStore((s) => s.session?.history.present.stakeholders)
  const network = useSessionStore((s) => s.session?.history.present.network)
  return useMemo(() => (stakeholders && network ? networkCoverage({ stakeholders, network }) : null), [stakeholders, network])
}
