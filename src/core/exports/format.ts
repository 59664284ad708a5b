import { format, parseISO } from 'date-fns'

/** "4 December 2026" from an ISO date or date-time; the date part as written, so no time zone shifts it. */
export function formatLongDate(iso: string): string {
  return format(parseISO(iso.slice(0, 10)), 'd MMMM yyyy')
}

/** "4 Dec 2026", for tables. */
export function formatShortDate(iso: string): string {
  return format(parseISO(iso.slice(0, 10)), 'd MMM yyyy')
}

/** Name, role and unit as one line: "Søren Madsen, Chief Executive, Board". */
export function personLine(parts: readonly string[]): string {
  return parts.map((p) => p.trim()).filter(Boolean).join(', ')
}
