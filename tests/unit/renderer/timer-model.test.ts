import { describe, expect, it } from 'vitest'
import { formatTimeLeft, isFinished, isRunning, newTimer, pause, reset, start, timeLeft, toggle } from '../../../src/renderer/presentation/timer-model'

const MIN = 60_000

describe('exercise timer', () => {
  it('counts down from the clock, pauses and resumes where it stopped', () => {
    let timer = start(newTimer(5 * MIN), 1_000)
    expect(timeLeft(timer, 61_000)).toBe(4 * MIN)
    timer = pause(timer, 61_000)
    // Paused: time does not pass.
    expect(timeLeft(timer, 500_000)).toBe(4 * MIN)
    timer = start(timer, 500_000)
    expect(timeLeft(timer, 530_000)).toBe(3.5 * MIN)
    expect(isRunning(timer, 530_000)).toBe(true)
  })

  it('stops at zero, and starting a finished timer runs it again in full', () => {
    const timer = start(newTimer(2 * MIN), 0)
    expect(timeLeft(timer, 10 * MIN)).toBe(0)
    expect(isFinished(timer, 10 * MIN)).toBe(true)
    expect(isRunning(timer, 10 * MIN)).toBe(false)
    expect(timeLeft(start(timer, 10 * MIN), 10 * MIN + 1_000)).toBe(2 * MIN - 1_000)
  })

  it('toggles between running and paused, and reset keeps the duration', () => {
    const running = toggle(newTimer(MIN), 0)
    expect(running.runningSince).toBe(0)
    const paused = toggle(running, 20_000)
    expect(paused.runningSince).toBeNull()
    expect(timeLeft(paused, 99_000)).toBe(40_000)
    expect(reset(paused)).toEqual(newTimer(MIN))
  })

  it('never shows more than the time left when started, even with a stale clock', () => {
    expect(timeLeft(start(newTimer(MIN), 5_000), 4_000)).toBe(MIN)
  })

  it('shows mm:ss, rounding up so 00:00 means time is really up', () => {
    expect(formatTimeLeft(5 * MIN)).toBe('05:00')
    expect(formatTimeLeft(59_001)).toBe('01:00')
    expect(formatTimeLeft(1)).toBe('00:01')
    expect(formatTimeLeft(0)).toBe('00:00')
    expect(formatTimeLeft(15 * MIN)).toBe('15:00')
  })
})
