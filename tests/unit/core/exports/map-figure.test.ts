import { describe, expect, it } from 'vitest'
import type { MeasureText, TextItem } from '../../../../src/core/exports/display-list'
import { mapFigure } from '../../../../src/core/exports/map-figure'
import { QUADRANTS } from '../../../../src/core/map/quadrant'
import { ATTITUDE_INFO } from '../../../../src/core/workshop/attitude'
import type { Stakeholder } from '../../../../src/core/workshop/schema'

const measure: MeasureText = (text, style) => Array.from(text).length * style.size * 0.55

function person(i: number, interest: number, influence: number, attitude: Stakeholder['attitude'] = 'neutral'): Stakeholder {
  return {
    id: `p${i}`,
    name: `Person number ${i}`,
    kind: 'person',
    role: '',
    unit: '',
    position: { interest, influence },
    desired: null,
    attitude,
    notes: [],
    owner: '',
    tags: [],
    surfacedBy: null,
    createdAt: '2026-10-01T09:00:00.000Z',
  }
}

describe('map figure', () => {
  it('fills the quadrants and colours each dot as the screen does', () => {
    const figure = mapFigure([person(1, 80, 80, 'blocker'), person(2, 20, 20, 'champion')], measure, { width: 400, height: 320, showDesired: false })
    const fills = figure.items.filter((i) => i.kind === 'rect' && i.fill).map((i) => (i.kind === 'rect' ? i.fill : null))
    expect(fills).toEqual(expect.arrayContaining(Object.values(QUADRANTS).map((q) => q.fill)))
    const dots = figure.items.filter((i) => i.kind === 'circle')
    expect(dots.map((d) => (d.kind === 'circle' ? d.fill : ''))).toEqual([ATTITUDE_INFO.blocker.colour, ATTITUDE_INFO.champion.colour])
    // Influence runs up the page: the high-influence person is drawn nearer the top.
    const [high, low] = dots.map((d) => (d.kind === 'circle' ? d.cy : 0))
    expect(high).toBeLessThan(low!)
  })

  it('never draws two names over each other, however crowded the map', () => {
    const crowd = Array.from({ length: 300 }, (_, i) => person(i, 40 + ((i * 7) % 25), 40 + ((i * 11) % 25)))
    const figure = mapFigure(crowd, measure, { width: 400, height: 320, showDesired: false })
    const labels = figure.items.filter((i): i is TextItem => i.kind === 'text' && i.text.startsWith('Person'))
    expect(labels.length).toBeGreaterThan(10)
    expect(labels.length + figure.unlabelled).toBe(300)
    const boxes = labels.map((l) => ({ x: l.x, y: l.y, w: measure(l.text, l.style), h: l.style.size }))
    for (let a = 0; a < boxes.length; a += 1) {
      for (let b = a + 1; b < boxes.length; b += 1) {
        const p = boxes[a]!
        const q = boxes[b]!
        const overlap = p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h
        expect(overlap, `${labels[a]!.text} / ${labels[b]!.text}`).toBe(false)
      }
    }
  })

  it('draws an arrow to the desired position only when it differs from where the person is', () => {
    const moving = { ...person(1, 30, 30), desired: { interest: 80, influence: 80 } }
    const staying = { ...person(2, 60, 60), desired: { interest: 60, influence: 60 } }
    const figure = mapFigure([moving, staying], measure, { width: 400, height: 320, showDesired: true })
    const arrows = figure.items.filter((i) => i.kind === 'arrow')
    expect(arrows).toHaveLength(1)
    const arrow = arrows[0]!
    if (arrow.kind !== 'arrow') throw new Error('not an arrow')
    expect(arrow.x2).toBeCloseTo(320)
    expect(arrow.y2).toBeCloseTo(64)
  })
})
