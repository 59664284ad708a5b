import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { CoalitionApi } from '../../../src/core/ipc-contract'
import { fail, ok } from '../../../src/core/result'
import { addStakeholder, createStakeholder } from '../../../src/core/workshop/stakeholder-edits'
import { applyWorkshopChanges } from '../../../src/core/workshop/workshop-changes'
import { readWorkshopJson } from '../../../src/core/workshop/workshop-json'
import { AUTOSAVE_DELAY_MS, startAutosave } from '../../../src/renderer/state/autosave'
import { saveStateOf, sessionActions, useSessionStore } from '../../../src/renderer/state/workshop-session'

const loaded = readWorkshopJson(readFileSync(new URL('../../../workshops/sample-workshop.json', import.meta.url), 'utf8'))
if (!loaded.ok) throw new Error(loaded.error.message)
const { revision, ...workshop } = loaded.value

type Save = CoalitionApi['saveWorkshopChanges']
/** Every save goes through the changes call; the whole-workshop call is there for the fallback only. */
const hostWith = (saveWorkshopChanges: Save, saveWorkshop: CoalitionApi['saveWorkshop'] = vi.fn()) => ({ saveWorkshopChanges, saveWorkshop })
const state = () => {
  const session = useSessionStore.getState().session
  if (!session) throw new Error('no session')
  return { ...session, saveState: saveStateOf(session) }
}
const addPerson = (name: string) => sessionActions.edit(`Add ${name}`, (w) => addStakeholder(w, createStakeholder({ name }, name.replace(/\W/g, '') || 'x', new Date())))

let autosave: ReturnType<typeof startAutosave> | null = null
beforeEach(() => {
  vi.useFakeTimers()
  sessionActions.load({ file: 'Sample.json', workshop, revision })
})
afterEach(() => {
  autosave?.stop()
  vi.useRealTimers()
})

describe('autosave', () => {
  it('saves once, shortly after a burst of edits, building on the last revision', async () => {
    const save = vi.fn<Save>(async (request) => ok({ revision: request.baseRevision + 1, savedAt: '2026-11-23T10:00:00.000Z' }))
    autosave = startAutosave(hostWith(save))
    addPerson('Zoe')
    addPerson('Soren')
    expect(state().saveState).toBe('dirty')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(save).toHaveBeenCalledTimes(1)
    expect(save.mock.calls[0]?.[0].baseRevision).toBe(0)
    const sent = save.mock.calls[0]?.[0].changes
    expect(sent?.stakeholders.changed.map((s) => s.name)).toEqual(['Zoe', 'Soren'])
    expect(sent?.stakeholders.order).toHaveLength(27)
    expect(sent?.fields).toEqual({})
    expect(state()).toMatchObject({ saveState: 'saved', revision: 1 })
  })

  it('sends changes that rebuild exactly the workshop on screen from the one last saved', async () => {
    const save = vi.fn<Save>(async (request) => ok({ revision: request.baseRevision + 1, savedAt: 'x' }))
    autosave = startAutosave(hostWith(save))
    const saved = state().history.present
    addPerson('Łukasz')
    sessionActions.edit('Retitle', (w) => ({ ...w, title: 'Ольга’s workshop' }))
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    const sent = save.mock.calls[0]?.[0].changes
    if (!sent) throw new Error('nothing sent')
    expect(sent.fields).toEqual({ title: 'Ольга’s workshop' })
    expect(applyWorkshopChanges(saved, sent)).toEqual(ok(state().history.present))
  })

  it('sends the whole workshop when the host does not hold the version the changes build on', async () => {
    const changes = vi.fn<Save>(async () => fail('out-of-step', 'Not held.'))
    const whole = vi.fn<CoalitionApi['saveWorkshop']>(async (request) => ok({ revision: request.baseRevision + 1, savedAt: 'x' }))
    autosave = startAutosave(hostWith(changes, whole))
    addPerson('Zoë')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(changes).toHaveBeenCalledTimes(1)
    expect(whole.mock.calls[0]?.[0]).toMatchObject({ baseRevision: 0, workshop: state().history.present })
    expect(state()).toMatchObject({ saveState: 'saved', revision: 1 })
  })

  it('counts an undo back to the saved state as saved, without writing', async () => {
    const save = vi.fn<Save>(async () => ok({ revision: 1, savedAt: '2026-11-23T10:00:00.000Z' }))
    autosave = startAutosave(hostWith(save))
    addPerson('Zoe')
    sessionActions.undo()
    expect(state().saveState).toBe('saved')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3)
    expect(save).not.toHaveBeenCalled()
  })

  it('reads as saved after a rename with nothing else pending, and writes nothing more', async () => {
    const save = vi.fn<Save>(async () => ok({ revision: 2, savedAt: 'x' }))
    autosave = startAutosave(hostWith(save))
    sessionActions.renamed('Ольга’s kick-off.json', 1, 'Ольга’s kick-off')
    expect(state()).toMatchObject({ saveState: 'saved', file: 'Ольга’s kick-off.json', revision: 1 })
    expect(state().history.present.title).toBe('Ольга’s kick-off')
    await autosave.flush()
    expect(save).not.toHaveBeenCalled()
  })

  it('after a rename, still saves the edits that were pending', async () => {
    const save = vi.fn<Save>(async (request) => ok({ revision: request.baseRevision + 1, savedAt: 'x' }))
    autosave = startAutosave(hostWith(save))
    addPerson('Zoë')
    sessionActions.renamed('Renamed.json', 1, 'Renamed')
    expect(state().saveState).toBe('dirty')
    await autosave.flush()
    expect(save.mock.calls[0]?.[0]).toMatchObject({ file: 'Renamed.json', baseRevision: 1 })
    expect(save.mock.calls[0]?.[0].changes.stakeholders.changed.map((s) => s.name)).toEqual(['Zoë'])
  })

  it('saves edits made during a save right after it, in order', async () => {
    let finishFirst: () => void = () => undefined
    const save = vi.fn<Save>((request) =>
      request.baseRevision === 0
        ? new Promise((resolve) => (finishFirst = () => resolve(ok({ revision: 1, savedAt: 'x' }))))
        : Promise.resolve(ok({ revision: request.baseRevision + 1, savedAt: 'y' })),
    )
    autosave = startAutosave(hostWith(save))
    addPerson('Zoe')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(state().saveState).toBe('saving')
    addPerson('Olga')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(save).toHaveBeenCalledTimes(1)
    finishFirst()
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(save).toHaveBeenCalledTimes(2)
    expect(save.mock.calls[1]?.[0].baseRevision).toBe(1)
    expect(state()).toMatchObject({ saveState: 'saved', revision: 2 })
  })

  it('shows a failure, keeps the edits, and succeeds on retry', async () => {
    const save = vi.fn<Save>().mockResolvedValueOnce(fail('no-space', 'The disk is full.')).mockResolvedValue(ok({ revision: 1, savedAt: 'z' }))
    autosave = startAutosave(hostWith(save))
    addPerson('Zoe')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    expect(state()).toMatchObject({ saveState: 'failed', saveError: { message: 'The disk is full.' } })
    expect(state().history.present.stakeholders).toHaveLength(26)
    await autosave.flush()
    expect(state().saveState).toBe('saved')
  })

  it('stops at a conflict instead of overwriting someone else’s changes', async () => {
    const save = vi.fn<Save>(async () => fail('conflict', 'Changed elsewhere.'))
    autosave = startAutosave(hostWith(save))
    addPerson('Zoe')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10)
    addPerson('Olga')
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3)
    expect(save).toHaveBeenCalledTimes(1)
    expect(state().saveState).toBe('conflict')
  })
})
