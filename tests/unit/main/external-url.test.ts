import { describe, expect, it } from 'vitest'
import { externalWebUrl } from '../../../src/main/shell/external-url'

describe('externalWebUrl', () => {
  it('lets plain web addresses through', () => {
    expect(externalWebUrl('https://example.com/help?q=1')).toBe('https://example.com/help?q=1')
    expect(externalWebUrl('HTTP://Example.com')).toBe('http://example.com/')
  })

  it('keeps every other scheme and anything malformed inside the app', () => {
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:/id', 'data:text/html,x', 'not a url', '', 'https://user:pw@example.com/']) {
      expect(externalWebUrl(url), url).toBeNull()
    }
  })
})
