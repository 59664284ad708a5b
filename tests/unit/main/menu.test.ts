import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import type { MenuCommand } from '../../../src/core/app-actions'
import type { WorkshopSummary } from '../../../src/core/ipc-contract'
import { buildMenuTemplate } from '../../../src/main/shell/menu'

const recent: WorkshopSummary[] = [
  { file: 'Kick-off.json', title: 'Kick-off', organisation: '', stakeholderCount: 3, updatedAt: '2026-11-23T10:00:00Z', revision: 4, problem: null },
]
const submenu = (template: MenuItemConstructorOptions[], label: string) =>
  (template.find((m) => m.label === label)?.submenu ?? []) as MenuItemConstructorOptions[]

describe('application menu', () => {
  it('has File, Edit, View and Help with the usual accelerators, shown but left to the renderer', () => {
    const template = buildMenuTemplate(recent, () => undefined, 'linux')
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help'])
    const accelerators = template.flatMap((m) => (m.submenu as MenuItemConstructorOptions[]).filter((i) => i.accelerator))
    expect(accelerators.map((i) => i.accelerator)).toEqual(expect.arrayContaining(['CmdOrCtrl+N', 'CmdOrCtrl+O', 'CmdOrCtrl+Z', 'CmdOrCtrl+Shift+Z', 'CmdOrCtrl+0']))
    expect(accelerators.every((i) => i.registerAccelerator === false)).toBe(true)
    expect(submenu(template, '&Edit').map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll'])
    expect(submenu(template, '&File').some((i) => i.role === 'quit')).toBe(true)
    expect(submenu(template, '&View').some((i) => i.role === 'togglefullscreen')).toBe(true)
  })

  it('forwards clicks to the renderer as actions, including Open Recent', () => {
    const sent: MenuCommand[] = []
    const template = buildMenuTemplate(recent, (c) => sent.push(c), 'linux')
    const file = submenu(template, '&File')
    const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.()
    click(file.find((i) => i.label === 'New blank workshop'))
    click((file.find((i) => i.label === 'Open &Recent')?.submenu as MenuItemConstructorOptions[])[0])
    expect(sent).toEqual([{ actionId: 'file.new' }, { actionId: 'file.openRecent', argument: 'Kick-off.json' }])
  })

  it('adds the app menu on macOS', () => {
    expect(buildMenuTemplate([], () => undefined, 'darwin')[0]).toEqual({ role: 'appMenu' })
  })
})
