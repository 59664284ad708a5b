import { describe, expect, it } from 'vitest'
import { APP_ACTIONS } from '../../../src/core/app-actions'
import { matchesShortcut } from '../../../src/renderer/actions/shortcuts'
import { searchActions } from '../../../src/renderer/palette/palette-search'

describe('the one action registry', () => {
  it('gives each shortcut to one action, except Escape, which leaves presentation before it clears the selection', () => {
    const owners = new Map<string, string[]>()
    for (const a of APP_ACTIONS) for (const s of a.shortcuts) owners.set(s, [...(owners.get(s) ?? []), a.id])
    const shared = [...owners].filter(([, ids]) => ids.length > 1)
    expect(shared).toEqual([['Escape', ['view.leavePresentation', 'map.deselect']]])
  })

  it('tells a plain arrow from Shift+arrow and Alt+arrow', () => {
    const key = (k: string, mods: Partial<Record<'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })
    expect(matchesShortcut(key('ArrowLeft'), 'ArrowLeft')).toBe(true)
    expect(matchesShortcut(key('ArrowLeft', { shiftKey: true }), 'ArrowLeft')).toBe(false)
    expect(matchesShortcut(key('ArrowLeft', { shiftKey: true }), 'Shift+ArrowLeft')).toBe(true)
    expect(matchesShortcut(key('ArrowLeft', { altKey: true }), 'Alt+ArrowLeft')).toBe(true)
    expect(matchesShortcut(key('Tab', { shiftKey: true }), 'Tab')).toBe(false)
    expect(matchesShortcut(key('F5'), 'F5')).toBe(true)
  })
})

describe('palette search', () => {
  it('finds actions by any of their words, in any order, ignoring accents and case', () => {
    const labels = (q: string) => searchActions(APP_ACTIONS, q).map((a) => a.label)
    expect(labels('presentation')).toContain('Presentation mode')
    expect(labels('minutes timer')).toEqual(['Set the timer to 2 minutes', 'Set the timer to 5 minutes', 'Set the timer to 10 minutes', 'Set the timer to 15 minutes'])
    expect(labels('ÚNDO')).toEqual(['Undo'])
    expect(labels('')).toHaveLength(APP_ACTIONS.length)
    expect(labels('zzzz')).toEqual([])
  })

  it('puts labels that start a word with the query first', () => {
    expect(searchActions(APP_ACTIONS, 'spot')[0]?.label).toBe('Spotlight the next quadrant')
  })
})
