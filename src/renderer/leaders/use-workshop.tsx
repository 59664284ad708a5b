import type { Workshop } from '../../core/workshop/schema'
import { useSessionStore } from '../state/workshop-session'

/** The open workshop; the Leaders section only renders while one is open. */
export function useWorkshop(): Workshop {
  const workshop = useSessionStore((s) => s.session?.history.present)
  if (!workshop) throw new Error('The Leaders section needs an open workshop')
  return workshop
}

/** Everyone's name by stakeholder id. */
export function nameOf(workshop: Workshop, stakeholderId: string): string {
  return workshop.stakeholders.find((s) => s.id === stakeholderId)?.name ?? 'Someone removed'
}

export const STAKEHOLDER_NAMES_LIST = 'leaders-stakeholder-names'

/** Everyone's name as suggestions for the owner, mentor and "proposed by" fields; rendered once per section. */
export function StakeholderNames({ workshop }: { workshop: Workshop }) {
  return (
    <datalist id={STAKEHOLDER_NAMES_LIST}>
      {workshop.stakeholders.map((s) => (
        <option key={s.id} value={s.name} />
      ))}
    </datalist>
  )
}
