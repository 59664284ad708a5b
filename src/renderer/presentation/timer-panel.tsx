import { useEffect, useState } from 'react'
import { TIMER_PRESETS_MINUTES, formatTimeLeft, isFinished, isRunning, timeLeft } from './timer-model'
import './timer-panel.css'
import { timerActions, useTimer } from './timer-store'

/** Re-renders a few times a second while the timer runs; the time itself comes from the clock. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!running) return
    const interval = setInterval(() => setNow(Date.now()), 200)
    return () => clearInterval(interval)
  }, [running])
  return now
}

/**
 * The exercise timer: large in presentation mode, with presets and the optional chime; a compact
 * strip above the map otherwise. Start/pause with T, reset with Shift+T; presets also in the palette.
 */
export function TimerPanel({ size }: { size: 'large' | 'compact' }) {
  const { timer, shown, chime } = useTimer()
  const now = useNow(timer.runningSince !== null)
  if (!shown) return null
  const left = timeLeft(timer, now)
  const running = isRunning(timer, now)
  const finished = isFinished(timer, now)
  const state = finished ? 'finished' : running ? 'running' : 'paused'
  return (
    <section className={`timer-panel ${size} ${state}`} aria-label="Exercise timer" data-testid="timer" data-state={state}>
      <p className="timer-time" role="timer" aria-live="off" data-testid="timer-time">
        {formatTimeLeft(left)}
      </p>
      <p className="timer-status" role="status">
        {finished ? 'Time is up' : ''}
      </p>
      <div className="timer-controls">
        <button type="button" className="primary" onClick={timerActions.toggle} title="Start or pause (T)">
          {running ? 'Pause' : finished ? 'Again' : 'Start'}
        </button>
        <button type="button" onClick={timerActions.reset} title="Reset (Shift+T)">
          Reset
        </button>
        {size === 'large' && (
          <>
            {TIMER_PRESETS_MINUTES.map((m) => (
              <button key={m} type="button" aria-pressed={timer.durationMs === m * 60_000} onClick={() => timerActions.set(m)} aria-label={`${m} minutes`}>
                {m}′
              </button>
            ))}
            <button type="button" aria-pressed={chime} onClick={timerActions.toggleChime} title="Play a soft chime when time is up">
              Chime
            </button>
          </>
        )}
        <button type="button" onClick={timerActions.hide} aria-label="Close the timer">
          ×
        </button>
      </div>
    </section>
  )
}
