import { describe, expect, it } from 'vitest'
import { record, redo, redoLabel, startHistory, undo, undoLabel } from '../../../src/core/history'

describe('history', () => {
  it('undoes and redoes one step per recorded edit', () => {
    let h = startHistory({ n: 0 })
    h = record(h, { n: 1 }, 'one')
    h = record(h, { n: 2 }, 'two')
    expect(undoLabel(h)).toBe('two')
    h = undo(h)
    expect(h.present).toEqual({ n: 1 })
    expect(redoLabel(h)).toBe('two')
    h = redo(h)
    expect(h.present).toEqual({ n: 2 })
  })

  it('does not record an edit that returned the same state', () => {
    const start = startHistory({ n: 0 })
    expect(record(start, start.present, 'nothing')).toBe(start)
  })

  it('drops the redo branch when a new edit is made', () => {
    let h = record(startHistory(0), 1, 'a')
    h = undo(h)
    h = record(h, 5, 'b')
    expect(h.future).toEqual([])
    expect(redo(h)).toBe(h)
  })

  it('keeps at most the limit of past states', () => {
    let h = startHistory(0)
    for (let i = 1; i <= 10; i++) h = record(h, i, `set ${i}`, 3)
    expect(h.past.map((e) => e.state)).toEqual([7, 8, 9])
  })

  it('does nothing at either end', () => {
    const h = startHistory('x')
    expect(undo(h)).toBe(h)
    expect(redo(h)).toBe(h)
    expect(undoLabel(h)).toBeNull()
  })
})
