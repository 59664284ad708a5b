import { useEffect, useRef } from 'react'

/** How long a point of the trail stays visible, in milliseconds. */
const TRAIL_MS = 650
const COLOUR = '255, 23, 68'

interface TrailPoint {
  x: number
  y: number
  at: number
}

/**
 * A red laser dot that leaves a fading trail. While it is on it takes the pointer, so pointing
 * at someone can never drag them by accident; turning it off (L) gives the map back.
 */
export function LaserPointer({ active }: { active: boolean }) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const trail = useRef<TrailPoint[]>([])
  const head = useRef<{ x: number; y: number } | null>(null)
  const frame = useRef<number | null>(null)

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const resize = () => {
      const ratio = window.devicePixelRatio || 1
      canvas.width = Math.round(canvas.clientWidth * ratio)
      canvas.height = Math.round(canvas.clientHeight * ratio)
    }
    resize()
    const observer = new ResizeObserver(resize)
    observer.observe(canvas)
    return () => {
      observer.disconnect()
      if (frame.current !== null) cancelAnimationFrame(frame.current)
    }
  }, [])

  // `now` is the frame's timestamp, on the clock of performance.now().
  const draw = (now: number) => {
    frame.current = null
    const canvas = canvasRef.current
    const context = canvas?.getContext('2d')
    if (!canvas || !context) return
    trail.current = trail.current.filter((p) => now - p.at < TRAIL_MS)
    const ratio = window.devicePixelRatio || 1
    // The dot grows with the screen so it reads on a 4K projector as well as on a laptop.
    const radius = Math.max(7, canvas.clientHeight / 110) * ratio
    context.clearRect(0, 0, canvas.width, canvas.height)
    context.lineCap = 'round'
    const points = trail.current
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]
      const b = points[i]
      if (!a || !b) continue
      const life = Math.min(1, 1 - (now - b.at) / TRAIL_MS)
      context.strokeStyle = `rgba(${COLOUR}, ${0.75 * life})`
      context.lineWidth = radius * (0.5 + life)
      context.beginPath()
      context.moveTo(a.x * ratio, a.y * ratio)
      context.lineTo(b.x * ratio, b.y * ratio)
      context.stroke()
    }
    const dot = head.current
    if (dot) {
      context.shadowColor = `rgba(${COLOUR}, 0.9)`
      context.shadowBlur = radius * 2
      context.fillStyle = `rgb(${COLOUR})`
      context.beginPath()
      context.arc(dot.x * ratio, dot.y * ratio, radius, 0, Math.PI * 2)
      context.fill()
      context.shadowBlur = 0
    }
    // Keep animating only while some of the trail is still fading.
    if (points.length > 0) frame.current = requestAnimationFrame(draw)
  }

  useEffect(() => {
    if (active) return
    trail.current = []
    head.current = null
    const canvas = canvasRef.current
    canvas?.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height)
  }, [active])

  const schedule = () => {
    frame.current ??= requestAnimationFrame(draw)
  }

  return (
    <canvas
      ref={canvasRef}
      className={`laser-pointer${active ? ' active' : ''}`}
      data-testid="laser-pointer"
      aria-hidden
      onPointerMove={(event) => {
        const rect = event.currentTarget.getBoundingClientRect()
        const point = { x: event.clientX - rect.left, y: event.clientY - rect.top }
        head.current = point
        trail.current.push({ ...point, at: performance.now() })
        schedule()
      }}
      onPointerLeave={() => {
        head.current = null
        schedule()
      }}
    />
  )
}
