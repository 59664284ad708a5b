import { describe, expect, it } from 'vitest'
import { fileStemFromTitle, uniqueFileName } from '../../../src/core/workshop/file-name'

describe('fileStemFromTitle', () => {
  it('keeps letters of any script and makes characters file systems refuse harmless', () => {
    expect(fileStemFromTitle('Łukasz & Ольга: kick-off')).toBe('Łukasz & Ольга - kick-off')
    expect(fileStemFromTitle('a/b\\c*d?e"f<g>h|i')).toBe('a-b-c-d-e-f-g-h-i')
  })

  it('avoids hidden, empty, reserved and over-long names', () => {
    expect(fileStemFromTitle('..secret')).toBe('secret')
    expect(fileStemFromTitle('   ')).toBe('Workshop')
    expect(fileStemFromTitle('CON')).toBe('CON workshop')
    expect(fileStemFromTitle('Trailing dots...')).toBe('Trailing dots')
    expect(Array.from(fileStemFromTitle('😀'.repeat(200)))).toHaveLength(80)
  })
})

describe('uniqueFileName', () => {
  it('numbers copies from 2', () => {
    const taken = new Set(['Plan.json', 'Plan (2).json'])
    expect(uniqueFileName('Plan', (n) => taken.has(n))).toBe('Plan (3).json')
    expect(uniqueFileName('Other', (n) => taken.has(n))).toBe('Other.json')
  })
})
