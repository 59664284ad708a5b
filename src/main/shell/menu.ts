import type { MenuItemConstructorOptions } from 'electron'
import { APP_ACTIONS, type AppActionInfo, type MenuCommand, type MenuSection, toAccelerator } from '../../core/app-actions'
import type { WorkshopSummary } from '../../core/ipc-contract'

const SECTION_ORDER: Record<Exclude<MenuSection, 'map'>, string> = { file: '&File', edit: '&Edit', view: '&View', help: '&Help' }

/**
 * The native menu, built from the shared action list. Accelerators are shown but not registered:
 * the renderer handles the keys itself, so shortcuts behave the same in the browser host.
 */
export function buildMenuTemplate(recent: readonly WorkshopSummary[], send: (command: MenuCommand) => void, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const item = (info: AppActionInfo): MenuItemConstructorOptions => ({
    id: info.id,
    label: info.label,
    ...(info.shortcuts[0] ? { accelerator: toAccelerator(info.shortcuts[0]), registerAccelerator: false } : {}),
    click: () => send({ actionId: info.id as MenuCommand['actionId'] }),
  })
  const actions = (section: MenuSection, ids?: string[]) =>
    APP_ACTIONS.filter((a) => a.section === section && a.inMenu && (!ids || ids.includes(a.id))).map(item)

  const openRecent: MenuItemConstructorOptions = {
    label: 'Open &Recent',
    submenu: recent.length
      ? recent.slice(0, 10).map((w) => ({ label: w.title, click: () => send({ actionId: 'file.openRecent', argument: w.file }) }))
      : [{ label: 'No workshops yet', enabled: false }],
  }

  const file: MenuItemConstructorOptions[] = [
    ...actions('file', ['file.new', 'file.newFromSample', 'file.open']),
    openRecent,
    ...actions('file', ['file.home']),
    { type: 'separator' },
    ...actions('file', ['file.duplicate', 'file.rename', 'file.reveal']),
    { type: 'separator' },
    { role: 'quit' },
  ]
  const edit: MenuItemConstructorOptions[] = [
    ...actions('edit', ['edit.undo', 'edit.redo']),
    { type: 'separator' },
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    ...actions('edit', ['edit.delete', 'edit.addStakeholder']),
    { role: 'selectAll' },
  ]
  const view: MenuItemConstructorOptions[] = [...actions('view'), { type: 'separator' }, { role: 'togglefullscreen' }]
  const help: MenuItemConstructorOptions[] = actions('help')

  const menus: MenuItemConstructorOptions[] = [
    { label: SECTION_ORDER.file, submenu: file },
    { label: SECTION_ORDER.edit, submenu: edit },
    { label: SECTION_ORDER.view, submenu: view },
    { label: SECTION_ORDER.help, role: 'help', submenu: help },
  ]
  return platform === 'darwin' ? [{ role: 'appMenu' }, ...menus] : menus
}
