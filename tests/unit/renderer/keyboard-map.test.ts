import { describe, expect, it } from 'vitest'
import { quadrantOf } from '../../../src/core/map/quadrant'
import { createStakeholder } from '../../../src/core/workshop/stakeholder-edits'
import { adjacentInOrder, describeOnMap, mapOrder, nearestInDirection, stepPosition } from '../../../src/renderer/map/keyboard-map'

const at = (id: string, interest: number | null, influence = 0) =>
  createStakeholder({ name: id, position: interest === null ? null : { interest, influence } }, id, new Date('2026-01-01T00:00:00Z'))

// a: Change-Makers, b: Change Sponsors, c: Onlookers, d: Change Adopters, e: not on the map.
const people = [at('d', 80, 20), at('c', 20, 20), at('e', null), at('b', 20, 80), at('a', 80, 80), at('a2', 60, 55)]

describe('keyboard map', () => {
  it('steps a position by the arrow keys: right is more interest, up more influence', () => {
    expect(stepPosition({ interest: 50, influence: 50 }, 'left', 5)).toEqual({ interest: 45, influence: 50 })
    expect(stepPosition({ interest: 50, influence: 50 }, 'up', 1)).toEqual({ interest: 50, influence: 51 })
    expect(quadrantOf(stepPosition({ interest: 50, influence: 50 }, 'left', 1))).toBe('change-sponsors')
  })

  it('reads the map quadrant by quadrant in key order, top to bottom, leaving out the unplaced', () => {
    expect(mapOrder(people).map((s) => s.id)).toEqual(['a', 'a2', 'b', 'c', 'd'])
  })

  it('Tab order starts at the first person and ends past the last', () => {
    expect(adjacentInOrder(people, null, 1)).toBe('a')
    expect(adjacentInOrder(people, 'a2', 1)).toBe('b')
    expect(adjacentInOrder(people, 'd', 1)).toBeNull()
    expect(adjacentInOrder(people, 'a', -1)).toBeNull()
    expect(adjacentInOrder(people, null, -1)).toBeNull()
  })

  it('finds the nearest person in a direction, and no one where there is none', () => {
    expect(nearestInDirection(people, 'c', 'up')).toBe('b')
    expect(nearestInDirection(people, 'c', 'right')).toBe('d')
    expect(nearestInDirection(people, 'a', 'left')).toBe('b')
    expect(nearestInDirection(people, 'a', 'up')).toBeNull()
    // Diagonal neighbours outside the 45° cone are not "to the left".
    expect(nearestInDirection([at('x', 50, 50), at('y', 40, 90)], 'x', 'left')).toBeNull()
  })

  it('describes a person for screen readers', () => {
    expect(describeOnMap('Ana', at('a', 80, 80))).toBe('Ana, Change-Makers, neutral. Influence 80, interest 80.')
    expect(describeOnMap('Ana', at('e', null))).toBe('Ana, not on the map, neutral.')
  })
})
