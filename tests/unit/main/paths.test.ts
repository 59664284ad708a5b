import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultUserDataDir, resolveWorkshopsDir } from '../../../src/main/paths'

describe('resolveWorkshopsDir', () => {
  it('prefers the flag, then the environment, then the user-data folder', () => {
    expect(resolveWorkshopsDir(['node', 'x', '--workshops-dir', '/tmp/a'], { COALITION_WORKSHOPS_DIR: '/tmp/b' }, '/u')).toBe('/tmp/a')
    expect(resolveWorkshopsDir(['--workshops-dir=/tmp/c'], {}, '/u')).toBe('/tmp/c')
    expect(resolveWorkshopsDir([], { COALITION_WORKSHOPS_DIR: 'rel' }, '/u')).toBe(resolve('rel'))
    expect(resolveWorkshopsDir([], {}, '/u')).toBe(join('/u', 'Workshops'))
  })
})

describe('defaultUserDataDir', () => {
  it('matches where Electron keeps app data on each platform', () => {
    expect(defaultUserDataDir('linux', {}, '/home/z')).toBe('/home/z/.config/Coalition')
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/z')).toBe('/cfg/Coalition')
    expect(defaultUserDataDir('darwin', {}, '/Users/z')).toBe('/Users/z/Library/Application Support/Coalition')
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\z\\AppData\\Roaming' }, 'C:\\Users\\z')).toContain('Coalition')
  })
})
