import { create } from 'zustand'
import { playChime, prepareChime } from './chime'
import { type TimerState, isRunning, newTimer, reset, timeLeft, toggle } from './timer-model'

interface TimerStore {
  timer: TimerState
  /** Whether the facilitator has touched the timer; until then it stays out of the way. */
  shown: boolean
  chime: boolean
}

/** The one exercise timer of the window; it keeps running across presentation mode and sections. */
export const useTimer = create<TimerStore>(() => ({ timer: newTimer(), shown: false, chime: false }))

let pendingEnd: ReturnType<typeof setTimeout> | null = null

/** One timeout for the end of the running timer, however many displays show it. */
function scheduleEnd(): void {
  if (pendingEnd) clearTimeout(pendingEnd)
  pendingEnd = null
  const { timer } = useTimer.getState()
  const now = Date.now()
  if (!isRunning(timer, now)) return
  pendingEnd = setTimeout(() => {
    pendingEnd = null
    if (timeLeft(useTimer.getState().timer, Date.now()) > 0) scheduleEnd()
    else timerActions.finished()
  }, timeLeft(timer, now))
}

const change = (next: (s: TimerStore) => Partial<TimerStore>) => {
  useTimer.setState(next)
  scheduleEnd()
}

export const timerActions = {
  toggle(): void {
    change((s) => ({ timer: toggle(s.timer, Date.now()), shown: true }))
  },
  reset(): void {
    change((s) => ({ timer: reset(s.timer), shown: true }))
  },
  /** Sets a new duration, paused, ready to start. */
  set(minutes: number): void {
    change(() => ({ timer: newTimer(minutes * 60_000), shown: true }))
  },
  show(): void {
    useTimer.setState({ shown: true })
  },
  hide(): void {
    change((s) => ({ timer: reset(s.timer), shown: false }))
  },
  toggleChime(): void {
    const chime = !useTimer.getState().chime
    if (chime) prepareChime()
    useTimer.setState({ chime })
  },
  /** Called once when time runs out. */
  finished(): void {
    if (useTimer.getState().chime) playChime()
  },
}
