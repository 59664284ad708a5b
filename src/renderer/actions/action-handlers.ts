import { APP_ACTIONS, type AppActionId, type MenuCommand } from '../../core/app-actions'
import { type QuadrantId, quadrantCentre, quadrantOf } from '../../core/map/quadrant'
import { revealVote } from '../../core/voting/vote-edits'
import { moveOnMap, placeOnMap, removeFromMap, removeStakeholders } from '../../core/workshop/stakeholder-edits'
import { api } from '../api/coalition-api'
import { exportDialogActions } from '../exports/export-store'
import { announce } from '../map/map-announcer'
import { type Direction, BIG_STEP, SMALL_STEP, adjacentInOrder, describeOnMap, mapHasFocus, nearestInDirection, stepPosition } from '../map/keyboard-map'
import { mapViewActions } from '../map/map-view-store'
import { paletteActions } from '../palette/palette-store'
import { displayNames } from '../presentation/display-names'
import { enterPresentation, leavePresentation } from '../presentation/presentation-mode'
import { presentationActions, usePresentation } from '../presentation/presentation-store'
import { timerActions } from '../presentation/timer-store'
import { latestRevealedPeopleVote } from '../presentation/vote-dots'
import { useVotingView, votingViewActions } from '../voting/voting-store'
import { appActions, useAppStore } from '../state/app-store'
import { createWorkshop, duplicateWorkshop, goHome, openWorkshop, renameWorkshop } from '../state/workshop-lifecycle'
import { sessionActions, useSessionStore } from '../state/workshop-session'
import { isEditableTarget, matchesShortcut } from './shortcuts'

export const OPEN_FILE_INPUT_ID = 'open-workshop-file'

interface ActionHandler {
  perform(argument?: string): void | Promise<void>
  /** Whether the action applies now; a disabled action does nothing and the palette greys it. */
  enabled(): boolean
}

const session = () => useSessionStore.getState().session
const inWorkshop = () => session() !== null && useAppStore.getState().screen === 'workshop'
const onMap = () => inWorkshop() && useAppStore.getState().section === 'map'
const selected = () => {
  const s = session()
  return s?.selectedId ? (s.history.present.stakeholders.find((p) => p.id === s.selectedId) ?? null) : null
}
const always = () => true
const presenting = () => inWorkshop() && usePresentation.getState().active
const mapKeys = () => onMap() && mapHasFocus()

/** The name the room may see: presentation mode may hide it. */
function shownName(id: string): string {
  const workshop = session()?.history.present
  if (!workshop) return ''
  const { active, names } = usePresentation.getState()
  const person = workshop.stakeholders.find((s) => s.id === id)
  if (!active || names === 'full') return person?.name ?? ''
  return displayNames(workshop.stakeholders, names).get(id)?.spoken ?? ''
}

function announceSelected(): void {
  const person = selected()
  if (person) announce(describeOnMap(shownName(person.id), person))
}

function selectAndAnnounce(id: string | null): void {
  if (!id) return
  sessionActions.select(id)
  announceSelected()
}

function moveSelected(direction: Direction, shortcut?: string): void {
  const person = selected()
  if (!person?.position) return
  const step = shortcut?.startsWith('Shift+') ? BIG_STEP : SMALL_STEP
  // Nudges of one person in quick succession (a held key) undo as one step.
  sessionActions.edit(`Move ${person.name}`, (w) => moveOnMap(w, person.id, stepPosition(person.position ?? { interest: 0, influence: 0 }, direction, step)), `nudge:${person.id}`)
  announceSelected()
}

const canMove = () => mapKeys() && selected()?.position != null
const canSelectToward = (direction: Direction) => () => {
  const person = selected()
  const workshop = session()?.history.present
  return mapKeys() && person?.position != null && workshop !== undefined && nearestInDirection(workshop.stakeholders, person.id, direction) !== null
}
const selectToward = (direction: Direction) => () => {
  const person = selected()
  const workshop = session()?.history.present
  if (person && workshop) selectAndAnnounce(nearestInDirection(workshop.stakeholders, person.id, direction))
}
const inOrder = (step: 1 | -1) => {
  const workshop = session()?.history.present
  return workshop ? adjacentInOrder(workshop.stakeholders, selected()?.id ?? null, step) : null
}
/** The vote the voting section shows, if it is on screen and its tallies are still hidden. */
function hiddenVoteOnScreen() {
  if (!inWorkshop() || useAppStore.getState().section !== 'votes' || useVotingView.getState().creating) return null
  const votes = session()?.history.present.votes ?? []
  const { voteId } = useVotingView.getState()
  const vote = votes.find((v) => v.id === voteId) ?? votes[0]
  return vote && !vote.revealed ? vote : null
}

const timerPreset = (minutes: number): ActionHandler => ({ perform: () => timerActions.set(minutes), enabled: inWorkshop })

function sendSelectedTo(quadrant: QuadrantId): void {
  const person = selected()
  if (!person) return
  const workshop = session()?.history.present
  const alreadyThere = workshop?.stakeholders.filter((s) => s.id !== person.id && s.position && quadrantOf(s.position) === quadrant).length ?? 0
  // Spread arrivals on a small spiral so people sent to the same quadrant do not stack up.
  const angle = alreadyThere * 2.4
  const radius = alreadyThere === 0 ? 0 : 4 + 2.2 * Math.sqrt(alreadyThere)
  const centre = quadrantCentre(quadrant)
  const target = { interest: centre.interest + radius * Math.cos(angle), influence: centre.influence + radius * Math.sin(angle) }
  sessionActions.edit(`Send ${person.name} to a quadrant`, (w) => placeOnMap(w, person.id, target))
  announceSelected()
}

/** What each action in the shared list does in this renderer. */
export const ACTION_HANDLERS: Record<AppActionId | 'file.openRecent', ActionHandler> = {
  'file.new': { perform: () => createWorkshop(false), enabled: always },
  'file.newFromSample': { perform: () => createWorkshop(true), enabled: always },
  'file.open': { perform: () => document.getElementById(OPEN_FILE_INPUT_ID)?.click(), enabled: always },
  'file.openRecent': { perform: (file) => void (file && openWorkshop(file)), enabled: always },
  'file.home': { perform: goHome, enabled: always },
  'file.duplicate': {
    perform: async () => {
      const file = session()?.file
      const copy = file ? await duplicateWorkshop(file) : null
      if (copy) await openWorkshop(copy.file)
    },
    enabled: inWorkshop,
  },
  'file.rename': {
    perform: async () => {
      const s = session()
      if (s) await renameWorkshop({ file: s.file, title: s.history.present.title })
    },
    enabled: inWorkshop,
  },
  'file.export': {
    perform: exportDialogActions.open,
    enabled: inWorkshop,
  },
  'file.reveal': {
    perform: async () => {
      const file = session()?.file
      const result = file ? await api.revealWorkshop({ file }) : null
      if (result && !result.ok) appActions.notify({ kind: 'info', text: result.error.message })
    },
    enabled: inWorkshop,
  },
  'edit.undo': { perform: sessionActions.undo, enabled: () => (session()?.history.past.length ?? 0) > 0 },
  'edit.redo': { perform: sessionActions.redo, enabled: () => (session()?.history.future.length ?? 0) > 0 },
  'edit.delete': {
    perform: () => {
      const person = selected()
      if (!person) return
      // A refused delete (read-only) leaves the person there, and selected.
      if (sessionActions.edit(`Delete ${person.name}`, (w) => removeStakeholders(w, [person.id]))) sessionActions.select(null)
    },
    // Only where the selected person is on screen: Delete on another section's board must not remove them.
    enabled: () => inWorkshop() && ['map', 'stakeholders'].includes(useAppStore.getState().section) && selected() !== null,
  },
  'edit.addStakeholder': {
    perform: () => {
      appActions.showSection('map')
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>('[data-quick-add]')?.focus())
    },
    enabled: inWorkshop,
  },
  'view.zoomIn': { perform: mapViewActions.zoomIn, enabled: onMap },
  'view.zoomOut': { perform: mapViewActions.zoomOut, enabled: onMap },
  'view.fit': { perform: mapViewActions.fit, enabled: onMap },
  'view.present': { perform: () => (usePresentation.getState().active ? leavePresentation() : enterPresentation()), enabled: inWorkshop },
  'view.leavePresentation': { perform: leavePresentation, enabled: presenting },
  'view.pointer': { perform: presentationActions.togglePointer, enabled: presenting },
  'view.spotlight': { perform: presentationActions.nextSpotlight, enabled: presenting },
  'view.spotlightOff': { perform: () => presentationActions.setSpotlight(null), enabled: () => presenting() && usePresentation.getState().spotlight !== null },
  'view.names': { perform: presentationActions.cycleNames, enabled: presenting },
  'view.timer': { perform: timerActions.toggle, enabled: inWorkshop },
  'view.timerReset': { perform: timerActions.reset, enabled: inWorkshop },
  'view.timer2': timerPreset(2),
  'view.timer5': timerPreset(5),
  'view.timer10': timerPreset(10),
  'view.timer15': timerPreset(15),
  'view.chime': { perform: timerActions.toggleChime, enabled: always },
  'view.voteDots': {
    perform: presentationActions.toggleVoteDots,
    enabled: () => presenting() && latestRevealedPeopleVote(session()?.history.present.votes ?? []) !== null,
  },
  'view.votes': { perform: () => appActions.showSection('votes'), enabled: inWorkshop },
  'edit.newVote': {
    perform: () => {
      appActions.showSection('votes')
      votingViewActions.startNew()
    },
    enabled: inWorkshop,
  },
  'edit.revealVote': {
    perform: () => {
      const vote = hiddenVoteOnScreen()
      if (vote) sessionActions.edit('Reveal the tallies', (w) => revealVote(w, vote.id))
    },
    enabled: () => hiddenVoteOnScreen() !== null,
  },
  'map.toQuadrant1': { perform: () => sendSelectedTo('change-makers'), enabled: () => onMap() && selected() !== null },
  'map.toQuadrant2': { perform: () => sendSelectedTo('change-sponsors'), enabled: () => onMap() && selected() !== null },
  'map.toQuadrant3': { perform: () => sendSelectedTo('onlookers'), enabled: () => onMap() && selected() !== null },
  'map.toQuadrant4': { perform: () => sendSelectedTo('change-adopters'), enabled: () => onMap() && selected() !== null },
  'map.removeFromMap': {
    perform: () => {
      const person = selected()
      if (person) sessionActions.edit(`Take ${person.name} off the map`, (w) => removeFromMap(w, person.id))
    },
    enabled: () => onMap() && selected()?.position != null,
  },
  'map.deselect': { perform: () => sessionActions.select(null), enabled: () => inWorkshop() && selected() !== null },
  'map.selectNext': { perform: () => selectAndAnnounce(inOrder(1)), enabled: () => mapKeys() && inOrder(1) !== null },
  'map.selectPrevious': { perform: () => selectAndAnnounce(inOrder(-1)), enabled: () => mapKeys() && inOrder(-1) !== null },
  'map.selectLeft': { perform: selectToward('left'), enabled: canSelectToward('left') },
  'map.selectRight': { perform: selectToward('right'), enabled: canSelectToward('right') },
  'map.selectUp': { perform: selectToward('up'), enabled: canSelectToward('up') },
  'map.selectDown': { perform: selectToward('down'), enabled: canSelectToward('down') },
  'map.moveLeft': { perform: (shortcut) => moveSelected('left', shortcut), enabled: canMove },
  'map.moveRight': { perform: (shortcut) => moveSelected('right', shortcut), enabled: canMove },
  'map.moveUp': { perform: (shortcut) => moveSelected('up', shortcut), enabled: canMove },
  'map.moveDown': { perform: (shortcut) => moveSelected('down', shortcut), enabled: canMove },
  'map.edit': {
    perform: () => {
      if (usePresentation.getState().active) presentationActions.setEditing(true)
      else document.querySelector<HTMLInputElement>('#details-name')?.focus()
    },
    enabled: () => mapKeys() && selected() !== null,
  },
  'help.shortcuts': { perform: () => appActions.openDialog('shortcuts'), enabled: always },
  'help.about': { perform: () => appActions.openDialog('about'), enabled: always },
  'help.palette': { perform: paletteActions.open, enabled: always },
}

/** Runs an action if it applies now. */
export function runAction(command: MenuCommand): void {
  const handler = ACTION_HANDLERS[command.actionId]
  if (handler.enabled()) void handler.perform(command.argument)
}

/** Listens for every action's shortcuts on the page; fields keep their own typing and text undo. */
export function installShortcuts(): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || document.querySelector('dialog[open]')) return
    const editing = isEditableTarget(event.target)
    for (const info of APP_ACTIONS) {
      for (const shortcut of info.shortcuts) {
        if (!matchesShortcut(event, shortcut)) continue
        const typingKey = !shortcut.startsWith('Mod+') || info.section === 'edit'
        if (editing && typingKey) return
        const handler = ACTION_HANDLERS[info.id]
        // Another action may share the key (Escape leaves presentation, else clears the selection).
        if (!handler.enabled()) continue
        event.preventDefault()
        // The key itself tells e.g. a move how far to go (Shift: a bigger step).
        void handler.perform(shortcut)
        return
      }
    }
  }
  window.addEventListener('keydown', onKeyDown)
  return () => window.removeEventListener('keydown', onKeyDown)
}
