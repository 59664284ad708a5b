/** The exercise timer as plain data: time left is derived from the clock, never counted down by ticks. */
export interface TimerState {
  durationMs: number
  /** Time left when the timer was last paused or set. */
  leftAtPauseMs: number
  /** When it was last started (ms since the epoch); null while paused. */
  runningSince: number | null
}

export const TIMER_PRESETS_MINUTES = [2, 5, 10, 15] as const
export const DEFAULT_TIMER_MS = 5 * 60_000

export const newTimer = (durationMs: number = DEFAULT_TIMER_MS): TimerState => ({ durationMs, leftAtPauseMs: durationMs, runningSince: null })

/** Milliseconds left at `now`, between zero and the time left when it started. */
export function timeLeft(timer: TimerState, now: number): number {
  if (timer.runningSince === null) return timer.leftAtPauseMs
  const elapsed = Math.max(0, now - timer.runningSince)
  return Math.max(0, timer.leftAtPauseMs - elapsed)
}

export const isRunning = (timer: TimerState, now: number): boolean => timer.runningSince !== null && timeLeft(timer, now) > 0
export const isFinished = (timer: TimerState, now: number): boolean => timeLeft(timer, now) === 0

/** Starts or resumes; a finished timer starts again from its full duration. */
export function start(timer: TimerState, now: number): TimerState {
  if (timer.runningSince !== null && !isFinished(timer, now)) return timer
  const left = isFinished(timer, now) ? timer.durationMs : timer.leftAtPauseMs
  return { ...timer, leftAtPauseMs: left, runningSince: now }
}

export function pause(timer: TimerState, now: number): TimerState {
  if (timer.runningSince === null) return timer
  return { ...timer, leftAtPauseMs: timeLeft(timer, now), runningSince: null }
}

export const toggle = (timer: TimerState, now: number): TimerState => (isRunning(timer, now) ? pause(timer, now) : start(timer, now))
export const reset = (timer: TimerState): TimerState => newTimer(timer.durationMs)

/** `mm:ss`, rounding up so the display reads 00:00 only when time is really up. */
export function formatTimeLeft(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  const mm = Math.floor(seconds / 60)
  const ss = seconds % 60
  return `${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`
}
