import { describe, expect, it } from 'vitest'
import { QUADRANTS, clampPosition, quadrantCentre, quadrantOf } from '../../../src/core/map/quadrant'

describe('quadrantOf', () => {
  it('names the four corners', () => {
    expect(quadrantOf({ interest: 90, influence: 90 })).toBe('change-makers')
    expect(quadrantOf({ interest: 10, influence: 90 })).toBe('change-sponsors')
    expect(quadrantOf({ interest: 10, influence: 10 })).toBe('onlookers')
    expect(quadrantOf({ interest: 90, influence: 10 })).toBe('change-adopters')
  })

  it('puts a point exactly on a midline in the upper or right-hand quadrant', () => {
    expect(quadrantOf({ interest: 50, influence: 50 })).toBe('change-makers')
    expect(quadrantOf({ interest: 50, influence: 20 })).toBe('change-adopters')
    expect(quadrantOf({ interest: 20, influence: 50 })).toBe('change-sponsors')
  })

  it('switches just either side of the midlines', () => {
    expect(quadrantOf({ interest: 49.9, influence: 49.9 })).toBe('onlookers')
    expect(quadrantOf({ interest: 50.1, influence: 49.9 })).toBe('change-adopters')
    expect(quadrantOf({ interest: 49.9, influence: 50.1 })).toBe('change-sponsors')
    expect(quadrantOf({ interest: 50.1, influence: 50.1 })).toBe('change-makers')
  })

  it('handles the edges of the map', () => {
    expect(quadrantOf({ interest: 0, influence: 0 })).toBe('onlookers')
    expect(quadrantOf({ interest: 100, influence: 100 })).toBe('change-makers')
  })

  it('sends each quadrant centre back to its own quadrant', () => {
    for (const id of Object.keys(QUADRANTS) as (keyof typeof QUADRANTS)[]) expect(quadrantOf(quadrantCentre(id))).toBe(id)
  })
})

describe('clampPosition', () => {
  it('keeps positions on the map and rounds to one decimal', () => {
    expect(clampPosition({ interest: -5, influence: 140 })).toEqual({ interest: 0, influence: 100 })
    expect(clampPosition({ interest: 33.333, influence: Number.NaN })).toEqual({ interest: 33.3, influence: 0 })
  })
})
