import { format } from 'date-fns'

/** Today's calendar day on this computer, as the workshop stores days ("2026-11-23"). */
export const todayIso = (): string => format(new Date(), 'yyyy-MM-dd')

/** A stored day written for people, e.g. "23 Nov 2026". */
export const formatDay = (day: string): string => format(new Date(`${day}T12:00:00`), 'd MMM yyyy')
