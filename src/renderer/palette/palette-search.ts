import type { AppActionInfo } from '../../core/app-actions'

const SECTION_NAMES: Record<AppActionInfo['section'], string> = { file: 'File', edit: 'Edit', view: 'View', map: 'Map', help: 'Help' }

export const sectionName = (section: AppActionInfo['section']): string => SECTION_NAMES[section]

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()

/**
 * Actions whose label (or section) contains every word typed, in any order; labels that start
 * with the first word come first, then the registry's own order.
 */
export function searchActions<T extends Pick<AppActionInfo, 'label' | 'section'>>(actions: readonly T[], query: string): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...actions]
  const hits = actions.filter((a) => {
    const haystack = fold(`${a.label} ${SECTION_NAMES[a.section]}`)
    return words.every((w) => haystack.includes(w))
  })
  const first = words[0] ?? ''
  const startsWith = (a: T) => fold(a.label).split(/\W+/).some((w) => w.startsWith(first))
  return [...hits.filter(startsWith), ...hits.filter((a) => !startsWith(a))]
}
