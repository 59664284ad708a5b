import type { WindowBounds } from './app-settings'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

const DEFAULT_SIZE = { width: 1440, height: 900 }

/**
 * The bounds to reopen the window with: the saved ones if a good part of the window is still on
 * one of the screens (a projector may have been unplugged since), otherwise centred on the first.
 */
export function restoreWindowBounds(saved: WindowBounds | null, workAreas: readonly Rect[]): Rect & { maximized: boolean } {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE }
  if (saved && workAreas.some((area) => overlap(saved, area) >= 0.5 * saved.width * saved.height)) {
    return { x: saved.x, y: saved.y, width: saved.width, height: saved.height, maximized: saved.maximized }
  }
  const width = Math.min(DEFAULT_SIZE.width, primary.width)
  const height = Math.min(DEFAULT_SIZE.height, primary.height)
  return {
    x: Math.round(primary.x + (primary.width - width) / 2),
    y: Math.round(primary.y + (primary.height - height) / 2),
    width,
    height,
    maximized: saved?.maximized ?? false,
  }
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}
