import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createIpcHandlers } from '../../../src/main/ipc-handlers'
import { AppSettingsStore } from '../../../src/main/services/app-settings'
import { WorkshopLibrary } from '../../../src/main/services/workshop-library'
import { type RunningWebHost, TOKEN_HEADER, startWebHost } from '../../../src/web-host/web-host'
import { SAMPLE_PATH, useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
let host: RunningWebHost | null = null
afterEach(async () => {
  await host?.close()
  host = null
})

async function start(): Promise<RunningWebHost> {
  const dir = await tempDir()
  const rendererDir = join(dir, 'renderer')
  const { mkdir, writeFile } = await import('node:fs/promises')
  await mkdir(join(rendererDir, 'assets'), { recursive: true })
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>')
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(dir, 'secret.txt'), 'do not serve')
  const library = await WorkshopLibrary.open({ dir: join(dir, 'Workshops'), samplePath: SAMPLE_PATH })
  const settings = await AppSettingsStore.open(join(dir, 'settings.json'))
  host = await startWebHost({ handlers: createIpcHandlers({ library, settings, capabilities: { host: 'browser', version: 't' } }), rendererDir })
  return host
}

/** A raw HTTP request, so the Host and Origin headers are exactly what a hostile page could send. */
function call(h: RunningWebHost, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(h.url)
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: options.method ?? 'GET', headers: { host: url.host, ...options.headers } },
      (res) => {
        let body = ''
        res.on('data', (chunk) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const api = (h: RunningWebHost, method: string, headers: Record<string, string> = {}, body = '{}') =>
  call(h, `/api/${method}`, { method: 'POST', body, headers: { 'content-type': 'application/json', [TOKEN_HEADER]: h.token, ...headers } })

describe('browser host', () => {
  it('listens on 127.0.0.1 only and serves the page with its session token', async () => {
    const h = await start()
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const page = await call(h, '/')
    expect(page.status).toBe(200)
    expect(page.body).toContain(`content="${h.token}"`)
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    expect(page.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('answers contract calls that carry the token', async () => {
    const h = await start()
    const response = await api(h, 'listWorkshops')
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: [] })
  })

  it('refuses calls without the token or with a wrong one', async () => {
    const h = await start()
    expect((await api(h, 'listWorkshops', { [TOKEN_HEADER]: '' })).status).toBe(401)
    // Change the last character to one it is not, so the wrong token really is wrong.
    const wrongToken = `${h.token.slice(0, -1)}${h.token.endsWith('x') ? 'y' : 'x'}`
    expect((await api(h, 'listWorkshops', { [TOKEN_HEADER]: wrongToken })).status).toBe(401)
  })

  it('refuses a foreign Origin, even with the token', async () => {
    const h = await start()
    expect((await api(h, 'listWorkshops', { origin: 'https://evil.example' })).status).toBe(403)
    expect((await api(h, 'listWorkshops', { origin: h.url.slice(0, -1) })).status).toBe(200)
  })

  it('refuses a rebound Host name (DNS rebinding)', async () => {
    const h = await start()
    const port = new URL(h.url).port
    expect((await call(h, '/', { headers: { host: `evil.example:${port}` } })).status).toBe(421)
    expect((await api(h, 'listWorkshops', { host: `localhost:${port}` })).status).toBe(421)
  })

  it('serves only the built renderer', async () => {
    const h = await start()
    expect((await call(h, '/assets/app.js')).status).toBe(200)
    expect((await call(h, '/../secret.txt')).status).toBe(404)
    expect((await call(h, '/%2e%2e/secret.txt')).status).toBe(404)
    expect((await call(h, '/assets/%2e%2e/%2e%2e/secret.txt')).status).toBe(404)
  })

  it('refuses unknown methods, GET on the API and non-JSON bodies', async () => {
    const h = await start()
    expect((await api(h, 'deleteEverything')).status).toBe(404)
    expect((await call(h, '/api/listWorkshops')).status).toBe(405)
    expect((await api(h, 'listWorkshops', { 'content-type': 'text/plain' })).status).toBe(415)
    expect((await api(h, 'listWorkshops', {}, '{not json')).status).toBe(400)
  })
})

describe('browser host refusals beyond the basics', () => {
  it('answers no CORS preflight and accepts the token only as its header', async () => {
    const h = await start()
    const preflight = await call(h, '/api/listWorkshops', {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': TOKEN_HEADER },
    })
    expect(preflight.status).toBe(403)
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined()
    const inQuery = await call(h, `/api/listWorkshops?token=${h.token}`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })
    expect(inQuery.status).toBe(401)
  })

  it('refuses the same port under any other spelling of the Host', async () => {
    const h = await start()
    const port = new URL(h.url).port
    for (const host of [`127.0.0.1.nip.io:${port}`, `[::1]:${port}`, `127.1:${port}`, '127.0.0.1', `127.0.0.1:${port}.evil.example`]) {
      expect((await api(h, 'listWorkshops', { host })).status, host).toBe(421)
    }
  })

  it('refuses a foreign page even when it names every new contract method', async () => {
    const h = await start()
    for (const name of ['listBackups', 'restoreBackup', 'openBackupAsCopy', 'closeWorkshop']) {
      expect((await api(h, name, { origin: 'http://localhost:3000' }, '{"file":"x.json"}')).status, name).toBe(403)
      expect((await api(h, name, { [TOKEN_HEADER]: 'guess' }, '{"file":"x.json"}')).status, name).toBe(401)
    }
  })
})
