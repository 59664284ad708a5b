import { describe, expect, it } from 'vitest'
import { type Box, type LabelPlacementOptions, type LabelSubject, boxesOverlap, placeLabels } from '../../../src/core/map/label-placement'

const R = 20
const OPTIONS: LabelPlacementOptions = { bounds: { left: 0, top: 0, right: 1000, bottom: 1000 }, dotRadius: R, gap: R + 8 }
/** A stand-in for measuring: every character (code point) 10 units wide. */
const subject = (id: string, name: string, x: number, y: number, influence: number): LabelSubject => ({
  id,
  name,
  x,
  y,
  width: Array.from(name).length * 10,
  height: 22,
  influence,
})

/** A crowded cluster: 400 people within 250 units, in a fixed pseudo-random pattern. */
function crowd(count = 400): LabelSubject[] {
  let seed = 42
  const next = () => ((seed = (seed * 48271) % 2147483647), seed / 2147483647)
  return Array.from({ length: count }, (_, i) => subject(`p${i}`, `Person ${i}`, 400 + next() * 250, 400 + next() * 250, Math.round(next() * 100)))
}

const dotBox = (s: LabelSubject): Box => ({ x: s.x - R, y: s.y - R, w: 2 * R, h: 2 * R })

function expectNoOverlaps(subjects: readonly LabelSubject[], shown: readonly { subject: LabelSubject; box: Box }[]) {
  for (let a = 0; a < shown.length; a += 1) {
    for (let b = a + 1; b < shown.length; b += 1) {
      expect(boxesOverlap(shown[a]!.box, shown[b]!.box), `${shown[a]!.subject.name} / ${shown[b]!.subject.name}`).toBe(false)
    }
    for (const s of subjects) expect(boxesOverlap(shown[a]!.box, dotBox(s)), `${shown[a]!.subject.name} over the dot of ${s.name}`).toBe(false)
  }
}

describe('label placement', () => {
  it('places every name of a sparse map, first to the right of its dot', () => {
    const people = [subject('a', 'Ana', 100, 100, 50), subject('b', 'Bo', 600, 600, 60)]
    const placed = placeLabels(people, OPTIONS)
    expect(placed.every((p) => p.free)).toBe(true)
    const ana = placed.find((p) => p.subject.id === 'a')!
    expect(ana.box).toEqual({ x: 100 + R + 8, y: 100 - 11, w: 30, h: 22 })
  })

  it('in a crowded cluster, shows no name over another name or over any dot, and accounts for everyone', () => {
    const people = crowd()
    const placed = placeLabels(people, OPTIONS)
    expect(placed).toHaveLength(people.length)
    const shown = placed.filter((p) => p.free)
    expect(shown.length).toBeGreaterThan(5)
    expect(shown.length).toBeLessThan(people.length)
    expectNoOverlaps(people, shown)
    for (const p of shown) {
      expect(p.box.x).toBeGreaterThanOrEqual(0)
      expect(p.box.y + p.box.h).toBeLessThanOrEqual(1000)
    }
  })

  it('is deterministic: the same input gives the same placement, whatever order the people come in', () => {
    const people = crowd(300)
    const first = placeLabels(people, OPTIONS)
    expect(placeLabels(people, OPTIONS)).toEqual(first)
    const byId = (list: typeof first) => Object.fromEntries(list.map((p) => [p.subject.id, { box: p.box, free: p.free }]))
    // Distinct influences and names leave nothing to the input order.
    const distinct = people.map((p, i) => ({ ...p, influence: i / 3 }))
    expect(byId(placeLabels([...distinct].reverse(), OPTIONS))).toEqual(byId(placeLabels(distinct, OPTIONS)))
  })

  it('gives the most influential person their label: other names never take it from them', () => {
    const people = crowd()
    const before = placeLabels(people, OPTIONS)
    // People who lost their name to others' names, not to dots: placed first, they would have a spot.
    const crowdedOut = before
      .filter((p) => !p.free)
      .slice(0, 150)
      .filter((p) => placeLabels(people, { ...OPTIONS, pinned: new Set([p.subject.id]) })[0]!.free)
    expect(crowdedOut.length).toBeGreaterThan(3)
    for (const { subject: loser } of crowdedOut) {
      const promoted = people.map((p) => (p.id === loser.id ? { ...p, influence: 101 } : p))
      const placed = placeLabels(promoted, OPTIONS)
      expect(placed[0]).toMatchObject({ subject: { id: loser.id }, free: true })
      expectNoOverlaps(promoted, placed.filter((p) => p.free))
    }
  })

  it('places a pinned label first and keeps the others off it, even where it has no free spot', () => {
    const people = crowd()
    const loser = placeLabels(people, OPTIONS).find((p) => !p.free)!.subject
    const placed = placeLabels(people, { ...OPTIONS, pinned: new Set([loser.id]) })
    expect(placed[0]!.subject.id).toBe(loser.id)
    for (const p of placed.slice(1).filter((p) => p.free)) expect(boxesOverlap(p.box, placed[0]!.box)).toBe(false)

    // Pinned inside a solid block of dots: shown anyway at its first spot, and no other name covers it.
    const wall = Array.from({ length: 100 }, (_, i) => subject(`w${i}`, `W${i}`, 300 + (i % 10) * 30, 300 + Math.floor(i / 10) * 30, 90))
    const boxed = placeLabels(wall, { ...OPTIONS, pinned: new Set(['w55']) })
    expect(boxed[0]).toMatchObject({ subject: { id: 'w55' }, free: false, box: { x: 450 + R + 8 } })
    for (const p of boxed.slice(1).filter((p) => p.free)) expect(boxesOverlap(p.box, boxed[0]!.box)).toBe(false)
  })

  it('keeps names in bounds: someone at the right edge gets their name on the left', () => {
    const [edge] = placeLabels([subject('e', 'Edge', 990, 500, 50)], OPTIONS)
    expect(edge!.free).toBe(true)
    expect(edge!.box.x + edge!.box.w).toBeLessThanOrEqual(990 - R)
  })

  it('keeps clear of obstacles such as quadrant titles', () => {
    const title = { x: 0, y: 0, w: 1000, h: 60 }
    const [p] = placeLabels([subject('t', 'Near the title', 500, 70, 50)], { ...OPTIONS, obstacles: [title] })
    expect(p!.free).toBe(true)
    expect(boxesOverlap(p!.box, title)).toBe(false)
  })

  it('copes with hostile, long and Unicode names', () => {
    const names = [
      '<script>alert(1)</script>',
      "Robert'); DROP TABLE people;--",
      '   ',
      '',
      'Ольга Петрова',
      'Αθηνά Παπαδοπούλου',
      '王小明',
      'محمد عبد الله',
      '👩🏽‍⚕️ Dr Emoji',
      'e\u0301\u0301\u0301 combining',
      'Line\nbreak',
      'W'.repeat(200),
    ]
    const people = names.map((name, i) => subject(`h${i}`, name, 450 + (i % 4) * 40, 450 + Math.floor(i / 4) * 40, 50))
    const placed = placeLabels(people, OPTIONS)
    expect(placed.map((p) => p.subject.name).sort()).toEqual([...names].sort())
    // A 2,000-unit name fits nowhere on a 1,000-unit map: left off, never drawn outside.
    expect(placed.find((p) => p.subject.name.startsWith('WWW'))!.free).toBe(false)
    expectNoOverlaps(people, placed.filter((p) => p.free))
    for (const p of placed) for (const v of Object.values(p.box)) expect(Number.isFinite(v)).toBe(true)
  })
})
