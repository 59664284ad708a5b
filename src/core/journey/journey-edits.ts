import { produce } from 'immer'
import type { Workshop } from '../workshop/schema'
import type { JourneyEntry } from './schema'

export interface NewJourneyEntryInput {
  date: string
  title: string
  size?: JourneyEntry['size']
  story?: string
  tags?: readonly string[]
  stakeholderIds?: readonly string[]
}

const MAX_TAG = 50

/** Tags as typed: trimmed, blanks dropped, cut to the schema's length, each once (ignoring case). */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const raw of tags) {
    const tag = raw.trim().slice(0, MAX_TAG).trim()
    const key = tag.toLocaleLowerCase()
    if (!tag || seen.has(key)) continue
    seen.add(key)
    result.push(tag)
  }
  return result.slice(0, 30)
}

/** Splits a comma-separated line of tags, as typed in one field. */
export function parseTags(line: string): string[] {
  return normaliseTags(line.split(','))
}

/** A journey entry; the id comes in so this stays pure. */
export function createJourneyEntry(input: NewJourneyEntryInput, id: string): JourneyEntry {
  return {
    id,
    date: input.date,
    size: input.size ?? 'small',
    title: input.title.trim(),
    story: input.story ?? '',
    tags: normaliseTags(input.tags ?? []),
    stakeholderIds: [...new Set(input.stakeholderIds ?? [])],
  }
}

/** Adds an entry to the log; a blank title or a used id changes nothing. */
export function addJourneyEntry(workshop: Workshop, entry: JourneyEntry): Workshop {
  if (!entry.title.trim() || workshop.journey.some((e) => e.id === entry.id)) return workshop
  return produce(workshop, (draft) => {
    draft.journey.push(entry)
  })
}

export type JourneyEntryPatch = Partial<Omit<JourneyEntry, 'id'>>

/** Changes an entry; a blank title or an unknown id changes nothing. Tags and people are tidied. */
export function updateJourneyEntry(workshop: Workshop, id: string, patch: JourneyEntryPatch): Workshop {
  if (patch.title !== undefined && !patch.title.trim()) return workshop
  if (!workshop.journey.some((e) => e.id === id)) return workshop
  return produce(workshop, (draft) => {
    const target = draft.journey.find((e) => e.id === id)
    if (!target) return
    Object.assign(target, patch)
    if (patch.title !== undefined) target.title = patch.title.trim()
    if (patch.tags) target.tags = normaliseTags(patch.tags)
    if (patch.stakeholderIds) target.stakeholderIds = [...new Set(patch.stakeholderIds)]
  })
}

/** Links a stakeholder to an entry, or unlinks them when already linked. */
export function toggleJourneyStakeholder(workshop: Workshop, id: string, stakeholderId: string): Workshop {
  const entry = workshop.journey.find((e) => e.id === id)
  if (!entry) return workshop
  const linked = entry.stakeholderIds.includes(stakeholderId)
  if (!linked && !workshop.stakeholders.some((s) => s.id === stakeholderId)) return workshop
  const stakeholderIds = linked ? entry.stakeholderIds.filter((s) => s !== stakeholderId) : [...entry.stakeholderIds, stakeholderId]
  return updateJourneyEntry(workshop, id, { stakeholderIds })
}

/** Deletes an entry from the log. */
export function removeJourneyEntry(workshop: Workshop, id: string): Workshop {
  if (!workshop.journey.some((e) => e.id === id)) return workshop
  return produce(workshop, (draft) => {
    draft.journey = draft.journey.filter((e) => e.id !== id)
  })
}

/** The log oldest first; entries of the same day keep the order they were written in. */
export function journeyTimeline(entries: readonly JourneyEntry[]): JourneyEntry[] {
  // Array.prototype.sort is stable, and ISO days compare correctly as strings.
  return [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

export interface TimelineMonth {
  /** "2026-11" */
  month: string
  entries: JourneyEntry[]
}

/** The timeline cut into calendar months, oldest first, for the timeline view and PDFs. */
export function timelineByMonth(entries: readonly JourneyEntry[]): TimelineMonth[] {
  const months: TimelineMonth[] = []
  for (const entry of journeyTimeline(entries)) {
    const month = entry.date.slice(0, 7)
    const last = months.at(-1)
    if (last?.month === month) last.entries.push(entry)
    else months.push({ month, entries: [entry] })
  }
  return months
}
