import { describe, expect, it } from 'vitest'
import { createStakeholder } from '../../../src/core/workshop/stakeholder-edits'
import { displayNames } from '../../../src/renderer/presentation/display-names'
import { projectorScales } from '../../../src/renderer/presentation/projector-scale'
import { fitView } from '../../../src/renderer/map/map-geometry'

const now = new Date('2026-01-01T00:00:00Z')
const people = [createStakeholder({ name: 'Søren Madsen' }, 's1', now), createStakeholder({ name: 'Ольга Петрова' }, 's2', now)]

describe('anonymised names', () => {
  it('shows names in full, as initials in any script, or as stable numbers', () => {
    expect(displayNames(people, 'full').get('s1')).toEqual({ label: 'Søren Madsen', badge: 'SM', spoken: 'Søren Madsen' })
    expect(displayNames(people, 'initials').get('s2')).toEqual({ label: '', badge: 'ОП', spoken: 'ОП' })
    expect(displayNames(people, 'hidden').get('s2')).toEqual({ label: '', badge: '2', spoken: 'Person 2' })
  })
})

describe('projector sizes', () => {
  const labelPx = (width: number, height: number) => 18 * projectorScales(width, height).nodeScale * fitView(width, height).scale

  it('puts names at 24 px or more at 1920×1080 and grows them with the screen', () => {
    expect(labelPx(1920, 1080)).toBeGreaterThanOrEqual(24)
    expect(labelPx(3840, 2160)).toBeCloseTo(2 * labelPx(1920, 1080), 5)
    expect(labelPx(1280, 720)).toBeGreaterThanOrEqual(18)
  })

  it('keeps quadrant titles from outgrowing their quadrant', () => {
    expect(projectorScales(1280, 720).textScale).toBeLessThanOrEqual(1.3)
    expect(projectorScales(800, 600).nodeScale).toBeGreaterThanOrEqual(1)
  })
})
