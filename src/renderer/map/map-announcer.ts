import { create } from 'zustand'

/** The id of the live region that speaks keyboard moves; the map points at it with aria-describedby. */
export const MAP_STATUS_ID = 'map-status'

/** The last thing said about a keyboard move or selection, for screen readers. */
export const useMapAnnouncer = create<{ message: string }>(() => ({ message: '' }))

export const announce = (message: string): void => useMapAnnouncer.setState({ message })
