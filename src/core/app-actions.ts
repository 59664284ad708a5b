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
  action('edit.undo', 'Undo', 'edit', ['Mod+Z']),
  action('edit.redo', 'Redo', 'edit', ['Mod+Shift+Z', 'Mod+Y']),
  action('edit.delete', 'Delete selected stakeholder', 'edit', ['Delete', 'Backspace']),
  action('edit.addStakeholder', 'Add a stakeholder', 'edit', ['Mod+Shift+A']),
  action('view.zoomIn', 'Zoom in', 'view', ['Mod+=', 'Mod+Shift+=', '+']),
  action('view.zoomOut', 'Zoom out', 'view', ['Mod+-', '-']),
  action('view.fit', 'Fit map to window', 'view', ['Mod+0', '0']),
  action('map.toQuadrant1', 'Send to Change-Makers', 'map', ['1'], false),
  action('map.toQuadrant2', 'Send to Change Sponsors', 'map', ['2'], false),
  action('map.toQuadrant3', 'Send to Onlookers', 'map', ['3'], false),
  action('map.toQuadrant4', 'Send to Change Adopters', 'map', ['4'], false),
  action('map.removeFromMap', 'Take off the map', 'map', [], false),
  action('map.deselect', 'Clear selection', 'map', ['Escape'], false),
  action('help.shortcuts', 'Keyboard shortcuts', 'help', ['?']),
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
