import { create } from 'zustand'
import { type SnapshotEntry, currentEntries, interpolateEntries, snapshotsInOrder } from '../../core/tracking/progress'
import type { Workshop } from '../../core/workshop/schema'
import { useSessionStore } from '../state/workshop-session'

/** The id that stands for the map as it is now, next to snapshot ids. */
export const NOW = 'now'

export interface PlaybackFrame {
  entries: SnapshotEntry[]
  caption: string
}

interface MovementState {
  /** Whether every desired position is drawn, with its arrow; the selected person's target always is. */
  showTargets: boolean
  /** Two pictures of the map compared on it: snapshot ids or NOW. */
  compare: { from: string; to: string } | null
  /** While the movement plays, where everyone stands at this instant. */
  frame: PlaybackFrame | null
}

/** What the map draws on top of the live nodes: targets, a comparison, or the movement playing. */
export const useMovement = create<MovementState>(() => ({ showTargets: false, compare: null, frame: null }))

/** The entries of a picture of the map, or null if that snapshot is gone. */
export function pictureEntries(workshop: Workshop, id: string): SnapshotEntry[] | null {
  if (id === NOW) return currentEntries(workshop)
  return workshop.tracking.snapshots.find((s) => s.id === id)?.entries ?? null
}

/** The name of a picture for captions and menus. */
export function pictureName(workshop: Workshop, id: string): string {
  if (id === NOW) return 'Now'
  return workshop.tracking.snapshots.find((s) => s.id === id)?.name ?? 'a deleted snapshot'
}

/** The pair to compare first: the last two snapshots, or the only one against now. */
export function defaultComparison(workshop: Workshop): { from: string; to: string } | null {
  const ordered = snapshotsInOrder(workshop.tracking.snapshots)
  const last = ordered.at(-1)
  const before = ordered.at(-2)
  if (!last) return null
  return before ? { from: before.id, to: last.id } : { from: last.id, to: NOW }
}

const STEP_MS = 1600
const HOLD_MS = 600
let animation: number | null = null

function stopAnimation(): void {
  if (animation !== null) cancelAnimationFrame(animation)
  animation = null
}

export const movementActions = {
  setShowTargets(showTargets: boolean): void {
    useMovement.setState({ showTargets })
  },
  compare(from: string, to: string): void {
    stopAnimation()
    useMovement.setState({ compare: { from, to }, frame: null })
  },
  close(): void {
    stopAnimation()
    useMovement.setState({ compare: null, frame: null })
  },
  /** Plays everyone's movement from the oldest snapshot to the newest, then shows first against last. */
  play(workshop: Workshop): void {
    stopAnimation()
    const ordered = snapshotsInOrder(workshop.tracking.snapshots)
    const first = ordered[0]
    const last = ordered.at(-1)
    if (!first || !last || ordered.length < 2) return
    const started = performance.now()
    const perStep = STEP_MS + HOLD_MS
    const tick = (now: number) => {
      const elapsed = now - started
      const step = Math.floor(elapsed / perStep)
      const from = ordered[step]
      const to = ordered[step + 1]
      if (!from || !to) {
        animation = null
        useMovement.setState({ frame: null, compare: { from: first.id, to: last.id } })
        return
      }
      const t = Math.min(1, (elapsed - step * perStep) / STEP_MS)
      const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2
      useMovement.setState({ frame: { entries: interpolateEntries(from.entries, to.entries, eased), caption: `${from.name} → ${to.name}` } })
      animation = requestAnimationFrame(tick)
    }
    useMovement.setState({ compare: null, frame: { entries: first.entries, caption: first.name } })
    animation = requestAnimationFrame(tick)
  },
  stop(): void {
    stopAnimation()
    useMovement.setState({ frame: null })
  },
}

/**
 * Whether the live, draggable nodes give way to a picture drawn by the movement layer. A comparison
 * whose snapshots are gone (undone, deleted, another workshop opened) hides nothing.
 */
export function useHidesLiveNodes(): boolean {
  // Only whether it plays: the frame itself changes on every animation frame of the playback.
  const playing = useMovement((s) => s.frame !== null)
  const compare = useMovement((s) => s.compare)
  const snapshots = useSessionStore((s) => s.session?.history.present.tracking.snapshots)
  if (playing) return true
  if (!compare || compare.to === NOW) return false
  const exists = (id: string) => id === NOW || (snapshots ?? []).some((snap) => snap.id === id)
  return exists(compare.from) && exists(compare.to)
}

// A comparison or playback belongs to the workshop it was started in.
useSessionStore.subscribe((state, previous) => {
  if (state.session?.file !== previous.session?.file) movementActions.close()
})
