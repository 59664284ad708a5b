import { describe, expect, it } from 'vitest'
import { COALESCE_WINDOW_MS, type History, type HistorySteps, record, redo, redoLabel, startHistory, undo, undoLabel } from '../../../src/core/history'
import { seededRandom } from '../../support/seeded-random'

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
    expect(h.past.map((e) => e.step)).toEqual([7, 8, 9])
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
      expect(h.past.map((e) => e.step)).toEqual([0, 1])
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
      expect(h.past.map((e) => e.step)).toEqual([0, 2])
    })

    it('starts a new step for another key, an edit without a key, or after an undo', () => {
      let h = record(startHistory(0), 1, 'Move Ana', nudge('move:ana', 0))
      h = record(h, 2, 'Move Ben', nudge('move:ben', 10))
      expect(h.past.map((e) => e.step)).toEqual([0, 1])
      h = record(h, 3, 'Rename Ben')
      h = record(h, 4, 'Move Ben', nudge('move:ben', 20))
      expect(h.past.map((e) => e.step)).toEqual([0, 1, 2, 3])
      h = undo(h)
      h = record(h, 5, 'Move Ben', nudge('move:ben', 30))
      expect(h.past.map((e) => e.step)).toEqual([0, 1, 2, 3])
      expect(undo(h).present).toBe(3)
    })

    it('never folds an edit into the starting state, which has no step to join', () => {
      const h = record({ ...startHistory(0), open: { key: 'move:ana', at: 0 } }, 1, 'Move Ana', nudge('move:ana', 1))
      expect(h.past.map((e) => e.step)).toEqual([0])
    })
  })

  describe('with steps that keep only what changed', () => {
    /** A list's step: the values at the indices that differ, and the length to cut or grow to. */
    type Change = { length: number; at: Record<number, string> }
    const changedIndices: HistorySteps<readonly string[], Change> = {
      between: (from, to) => ({ length: to.length, at: Object.fromEntries(to.flatMap((v, i) => (from[i] === v ? [] : [[i, v]]))) }),
      apply: (from, step) => Array.from({ length: step.length }, (_, i) => step.at[i] ?? (from[i] as string)),
    }

    it('undoes, redoes and coalesces exactly as a history of whole states', () => {
      const random = seededRandom(11).next
      let whole: History<readonly string[]> = startHistory<readonly string[]>(['a', 'b', 'c'])
      let changes = startHistory<readonly string[], Change>(['a', 'b', 'c'], changedIndices)
      let clock = 0
      for (let i = 0; i < 2000; i++) {
        const roll = random()
        if (roll < 0.2) {
          whole = undo(whole)
          changes = undo(changes)
        } else if (roll < 0.3) {
          whole = redo(whole)
          changes = redo(changes)
        } else {
          const list = [...changes.present]
          const index = Math.floor(random() * (list.length + 1))
          if (roll < 0.4 && list.length > 0) list.splice(index, 1)
          else if (roll < 0.5) list.splice(index, 0, `new ${i}`)
          else list[index % Math.max(1, list.length)] = `edit ${i}`
          clock += random() < 0.8 ? 300 : 3000
          const options = roll > 0.8 ? { coalesce: { key: `key ${index % 2}`, at: clock }, limit: 40 } : { limit: 40 }
          whole = record(whole, list, `edit ${i}`, options)
          changes = record(changes, list, `edit ${i}`, options)
        }
        expect(changes.present).toEqual(whole.present)
        expect([undoLabel(changes), redoLabel(changes)]).toEqual([undoLabel(whole), redoLabel(whole)])
        expect([changes.past.length, changes.future.length]).toEqual([whole.past.length, whole.future.length])
      }
    })

    it('keeps steps, not states: a step holds what its edit touched', () => {
      const big = Array.from({ length: 1000 }, (_, i) => `person ${i}`)
      let h = startHistory<readonly string[], Change>(big, changedIndices)
      h = record(h, big.map((v, i) => (i === 500 ? 'renamed' : v)), 'Rename')
      expect(h.past[0]?.step).toEqual({ length: 1000, at: { 500: 'person 500' } })
      h = undo(h)
      expect(h.present).toEqual(big)
      expect(h.future[0]?.step).toEqual({ length: 1000, at: { 500: 'renamed' } })
    })
  })
})
