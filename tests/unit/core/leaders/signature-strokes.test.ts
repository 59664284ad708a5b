import { describe, expect, it } from 'vitest'
import { signatureSchema } from '../../../../src/core/leaders/schema'
import { MIN_POINT_DISTANCE, SIGNATURE_PAD, appendPoint, toSignature } from '../../../../src/core/leaders/signature-strokes'

describe('signature strokes', () => {
  it('appends pen positions rounded to a tenth and clamped to the pad', () => {
    const stroke = appendPoint(appendPoint([], 10.04, 20.06), -5, 900)
    expect(stroke).toEqual([10, 20.1, 0, SIGNATURE_PAD.height])
  })

  it('skips positions too close to the last one, returning the same stroke', () => {
    const stroke = appendPoint([], 100, 100)
    expect(appendPoint(stroke, 100 + MIN_POINT_DISTANCE / 2, 100)).toBe(stroke)
    expect(appendPoint(stroke, 100 + MIN_POINT_DISTANCE * 2, 100)).toHaveLength(4)
  })

  it('stops growing a stroke at the size the schema allows', () => {
    let stroke: readonly number[] = []
    for (let i = 0; i < 12_000; i += 1) stroke = appendPoint(stroke, (i * 7) % 600, (i * 3) % 200)
    expect(stroke.length).toBeLessThanOrEqual(20_000)
    const signature = toSignature([stroke], new Date('2026-12-04T10:00:00Z'))
    expect(signatureSchema.safeParse(signature).success).toBe(true)
  })

  it('turns strokes into a valid signature, and nothing drawn into a blank line', () => {
    const signature = toSignature([[1, 2, 30, 40], [50, 60]], new Date('2026-12-04T10:00:00Z'))
    expect(signature).toEqual({
      width: SIGNATURE_PAD.width,
      height: SIGNATURE_PAD.height,
      strokes: [{ points: [1, 2, 30, 40] }, { points: [50, 60] }],
      signedAt: '2026-12-04T10:00:00.000Z',
    })
    expect(signatureSchema.safeParse(signature).success).toBe(true)
    expect(toSignature([], new Date())).toBeNull()
    expect(toSignature([[]], new Date())).toBeNull()
  })
})
