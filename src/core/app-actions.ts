/**
 * Every command a user can give, described once: the native menu, the keyboard shortcuts and the
 * command palette all read this list. What each action does lives with the renderer feature.
 */
export type MenuSection = 'file' | 'edit' | 'view' | 'map' | 'help'

export interface AppActionInfo {
  id: string
  label: string
  section: MenuSection
  /** Shortcuts as `Mod+Shift+Z` (Mod is Cmd on macOS, Ctrl elsewhere); the first is shown in menus. */
  shortcuts: readonly string[]
  /** Whether the native menu lists it; keys that only make sense on the canvas stay out. */
  inMenu: boolean
}

const action = <Id extends string>(id: Id, label: string, section: MenuSection, shortcuts: string[] = [], inMenu = true) => ({
  id,
  label,
  section,
  shortcuts,
  inMenu,
})

export const APP_ACTIONS = [
  action('file.new', 'New blank workshop', 'file', ['Mod+N']),
  action('file.newFromSample', 'New workshop from the sample', 'file'),
  action('file.open', 'Open workshop file…', 'file', ['Mod+O']),
  action('file.home', 'All workshops', 'file', ['Mod+Shift+O']),
  action('file.duplicate', 'Duplicate workshop', 'file'),
  action('file.rename', 'Rename workshop…', 'file'),
  action('file.reveal', 'Show in folder', 'file'),
  action('file.export', 'Export PDFs…', 'file', ['Mod+E']),
  action('edit.undo', 'Undo', 'edit', ['Mod+Z']),
  action('edit.redo', 'Redo', 'edit', ['Mod+Shift+Z', 'Mod+Y']),
  action('edit.delete', 'Delete selected stakeholder', 'edit', ['Delete', 'Backspace']),
  action('edit.addStakeholder', 'Add a stakeholder', 'edit', ['Mod+Shift+A']),
  action('view.zoomIn', 'Zoom in', 'view', ['Mod+=', 'Mod+Shift+=', '+']),
  action('view.zoomOut', 'Zoom out', 'view', ['Mod+-', '-']),
  action('view.fit', 'Fit map to window', 'view', ['Mod+0', '0']),
  action('view.present', 'Presentation mode', 'view', ['F5']),
  action('view.leavePresentation', 'Leave presentation mode', 'view', ['Escape'], false),
  action('view.pointer', 'Laser pointer', 'view', ['L']),
  action('view.spotlight', 'Spotlight the next quadrant', 'view', ['S']),
  action('view.spotlightOff', 'Turn the spotlight off', 'view'),
  action('view.names', 'Show names in full, as initials, or hidden', 'view', ['N']),
  action('view.timer', 'Start or pause the timer', 'view', ['T']),
  action('view.timerReset', 'Reset the timer', 'view', ['Shift+T']),
  action('view.timer2', 'Set the timer to 2 minutes', 'view', [], false),
  action('view.timer5', 'Set the timer to 5 minutes', 'view', [], false),
  action('view.timer10', 'Set the timer to 10 minutes', 'view', [], false),
  action('view.timer15', 'Set the timer to 15 minutes', 'view', [], false),
  action('view.chime', 'Chime when the timer ends', 'view'),
  action('view.votes', 'Dot votes', 'view'),
  action('view.voteDots', 'Show the dots of the latest revealed vote on the map', 'view', ['D']),
  action('edit.newVote', 'Open a new dot vote', 'edit', [], false),
  action('edit.revealVote', 'Reveal the tallies of the vote on screen', 'edit', [], false),
  action('map.toQuadrant1', 'Send to Change-Makers', 'map', ['1'], false),
  action('map.toQuadrant2', 'Send to Change Sponsors', 'map', ['2'], false),
  action('map.toQuadrant3', 'Send to Onlookers', 'map', ['3'], false),
  action('map.toQuadrant4', 'Send to Change Adopters', 'map', ['4'], false),
  action('map.removeFromMap', 'Take off the map', 'map', [], false),
  action('map.deselect', 'Clear selection', 'map', ['Escape'], false),
  action('map.selectNext', 'Select the next person on the map', 'map', ['Tab'], false),
  action('map.selectPrevious', 'Select the previous person on the map', 'map', ['Shift+Tab'], false),
  action('map.selectLeft', 'Select the nearest person to the left', 'map', ['Alt+ArrowLeft'], false),
  action('map.selectRight', 'Select the nearest person to the right', 'map', ['Alt+ArrowRight'], false),
  action('map.selectUp', 'Select the nearest person above', 'map', ['Alt+ArrowUp'], false),
  action('map.selectDown', 'Select the nearest person below', 'map', ['Alt+ArrowDown'], false),
  action('map.moveLeft', 'Move left: less interest (Shift: a bigger step)', 'map', ['ArrowLeft', 'Shift+ArrowLeft'], false),
  action('map.moveRight', 'Move right: more interest (Shift: a bigger step)', 'map', ['ArrowRight', 'Shift+ArrowRight'], false),
  action('map.moveUp', 'Move up: more influence (Shift: a bigger step)', 'map', ['ArrowUp', 'Shift+ArrowUp'], false),
  action('map.moveDown', 'Move down: less influence (Shift: a bigger step)', 'map', ['ArrowDown', 'Shift+ArrowDown'], false),
  action('map.edit', 'Edit the selected person', 'map', ['Enter'], false),
  action('help.shortcuts', 'Keyboard shortcuts', 'help', ['?']),
  action('help.palette', 'Command palette', 'help', ['Mod+K']),
  action('help.about', 'About Coalition', 'help'),
] as const satisfies readonly AppActionInfo[]

export type AppActionId = (typeof APP_ACTIONS)[number]['id']

/** A menu click forwarded to the renderer; `argument` carries e.g. the file of an "Open Recent" item. */
export interface MenuCommand {
  actionId: AppActionId | 'file.openRecent'
  argument?: string
}

/** Turns `Mod+Shift+Z` into Electron's accelerator syntax. */
export const toAccelerator = (shortcut: string): string => shortcut.replace(/^Mod\+/, 'CmdOrCtrl+')
