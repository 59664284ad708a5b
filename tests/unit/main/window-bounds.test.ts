import { describe, expect, it } from 'vitest'
import { restoreWindowBounds } from '../../../src/main/services/window-bounds'

const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const projector = { x: 1440, y: 0, width: 1920, height: 1080 }

describe('restoreWindowBounds', () => {
  it('reopens where the window was when that screen is still there', () => {
    const saved = { x: 1500, y: 40, width: 1600, height: 900, maximized: true }
    expect(restoreWindowBounds(saved, [laptop, projector])).toEqual(saved)
  })

  it('comes back to the main screen when the projector has been unplugged', () => {
    const saved = { x: 1500, y: 40, width: 1600, height: 900, maximized: false }
    expect(restoreWindowBounds(saved, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 900, maximized: false })
  })

  it('centres a first window', () => {
    expect(restoreWindowBounds(null, [projector])).toEqual({ x: 1680, y: 90, width: 1440, height: 900, maximized: false })
  })
})
