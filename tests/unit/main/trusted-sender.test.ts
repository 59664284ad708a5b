import { describe, expect, it } from 'vitest'
import { isTrustedSenderUrl } from '../../../src/main/shell/trusted-sender'

describe('isTrustedSenderUrl', () => {
  const packaged = 'file:///opt/Coalition/resources/app/out/renderer/index.html'

  it('trusts the packaged page only', () => {
    expect(isTrustedSenderUrl(packaged, packaged)).toBe(true)
    expect(isTrustedSenderUrl(`${packaged}#/map`, packaged)).toBe(true)
    expect(isTrustedSenderUrl('file:///opt/Coalition/resources/app/out/renderer/other.html', packaged)).toBe(false)
    expect(isTrustedSenderUrl('https://example.com/', packaged)).toBe(false)
  })

  it('trusts the dev server by origin', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/index.html', 'http://localhost:5173/')).toBe(true)
    expect(isTrustedSenderUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false)
  })

  it('refuses missing or malformed URLs', () => {
    expect(isTrustedSenderUrl(undefined, packaged)).toBe(false)
    expect(isTrustedSenderUrl('not a url', packaged)).toBe(false)
  })
})
