import { describe, expect, it } from 'vitest'
import { COALESCE_WINDOW_MS, record, redo, redoLabel, startHistory, undo, undoLabel } from '../../../src/core/history'

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
    for (let i = 1; i <= 10; i++) h = record(h, i, `set ${i}`, { limit: 3 })
    expect(h.past.map((e) => e.state)).toEqual([7, 8, 9])
  })

  it('does nothing at either end', () => {
    const h = startHistory('x')
    expect(undo(h)).toBe(h)
    expect(redo(h)).toBe(h)
    expect(undoLabel(h)).toBeNull()
  })

  describe('coalescing', () => {
    const nudge = (key: string, at: number) => ({ coalesce: { key, at } })

    it('makes edits with the same key and short pauses one step, however long they go on', () => {
      let h = record(startHistory(0), 1, 'Rename')
      // Ten seconds of nudges, each well within the window of the one before.
      for (let i = 1; i <= 20; i++) h = record(h, 1 + i, 'Move Ana', nudge('move:ana', i * 500))
      expect(h.present).toBe(21)
      expect(h.past.map((e) => e.state)).toEqual([0, 1])
      expect(undoLabel(h)).toBe('Move Ana')
      h = undo(h)
      expect(h.present).toBe(1)
      expect(undoLabel(h)).toBe('Rename')
      h = redo(h)
      expect(h.present).toBe(21)
    })

    it('starts a new step after a pause longer than the window', () => {
      let h = record(startHistory(0), 1, 'Move Ana', nudge('move:ana', 0))
      h = record(h, 2, 'Move Ana', nudge('move:ana', COALESCE_WINDOW_MS))
      h = record(h, 3, 'Move Ana', nudge('move:ana', 2 * COALESCE_WINDOW_MS + 1))
      expect(h.past.map((e) => e.state)).toEqual([0, 2])
    })

    it('starts a new step for another key, an edit without a key, or after an undo', () => {
      let h = record(startHistory(0), 1, 'Move Ana', nudge('move:ana', 0))
      h = record(h, 2, 'Move Ben', nudge('move:ben', 10))
      expect(h.past.map((e) => e.state)).toEqual([0, 1])
      h = record(h, 3, 'Rename Ben')
      h = record(h, 4, 'Move Ben', nudge('move:ben', 20))
      expect(h.past.map((e) => e.state)).toEqual([0, 1, 2, 3])
      h = undo(h)
      h = record(h, 5, 'Move Ben', nudge('move:ben', 30))
      expect(h.past.map((e) => e.state)).toEqual([0, 1, 2, 3])
      expect(undo(h).present).toBe(3)
    })

    it('never folds an edit into the starting state, which has no step to join', () => {
      const h = record({ ...startHistory(0), open: { key: 'move:ana', at: 0 } }, 1, 'Move Ana', nudge('move:ana', 1))
      expect(h.past.map((e) => e.state)).toEqual([0])
    })
  })
})
