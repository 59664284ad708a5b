let context: AudioContext | null = null

/** Made on a user gesture (turning the chime on), so browsers let it play later without one. */
export function prepareChime(): void {
  context ??= new AudioContext()
  void context.resume()
}

/** A soft two-note bell made with the Web Audio API: no sound file to ship. */
export function playChime(): void {
  prepareChime()
  const audio = context
  if (!audio) return
  const start = audio.currentTime + 0.02
  const notes: ReadonlyArray<[frequency: number, delay: number]> = [
    [880, 0],
    [659.25, 0.45],
  ]
  for (const [frequency, delay] of notes) {
    // A fundamental plus a quieter, higher partial gives a bell rather than a beep.
    for (const [ratio, level] of [
      [1, 0.3],
      [2.76, 0.08],
    ] as const) {
      const oscillator = audio.createOscillator()
      const gain = audio.createGain()
      const at = start + delay
      oscillator.type = 'sine'
      oscillator.frequency.value = frequency * ratio
      gain.gain.setValueAtTime(0.0001, at)
      gain.gain.exponentialRampToValueAtTime(level, at + 0.015)
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.6)
      oscillator.connect(gain).connect(audio.destination)
      oscillator.start(at)
      oscillator.stop(at + 1.7)
    }
  }
}
