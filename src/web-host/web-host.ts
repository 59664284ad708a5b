import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, resolve, sep } from 'node:path'
import { IPC_METHODS, type IpcMethod } from '../core/ipc-contract'
import { fail } from '../core/result'
import type { IpcHandlers } from '../main/ipc-handlers'

export const TOKEN_HEADER = 'x-coalition-token'
const TOKEN_META = '<meta name="coalition-host-token" content="%TOKEN%" />'
const MAX_BODY_BYTES = 80 * 1024 * 1024

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
}

const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
}

export interface WebHostOptions {
  handlers: IpcHandlers
  /** The built renderer (out/renderer). */
  rendererDir: string
  port?: number
}

export interface RunningWebHost {
  url: string
  token: string
  server: Server
  close(): Promise<void>
}

/**
 * Serves the built renderer and the IPC contract over HTTP on 127.0.0.1, so the whole app runs in a
 * browser. Not a door into the machine: a per-start token that only the served page knows, Host and
 * Origin checks against DNS rebinding and foreign pages, no CORS, and nothing served but the build.
 */
export async function startWebHost(options: WebHostOptions): Promise<RunningWebHost> {
  const token = randomBytes(24).toString('base64url')
  const rendererDir = resolve(options.rendererDir)
  const indexHtml = (await readFile(resolve(rendererDir, 'index.html'), 'utf8')).replace('<head>', `<head>\n    ${TOKEN_META.replace('%TOKEN%', token)}`)
  let ownHost = ''

  const server = createServer((request, response) => {
    void route(request, response).catch(() => send(response, 500, 'text/plain; charset=utf-8', 'Internal error'))
  })

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.headers.host !== ownHost) return send(response, 421, 'text/plain; charset=utf-8', 'Misdirected request')
    const origin = request.headers.origin
    if (origin !== undefined && origin !== `http://${ownHost}`) return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden origin')
    const path = new URL(request.url ?? '/', `http://${ownHost}`).pathname

    if (path.startsWith('/api/')) return handleApi(request, response, path.slice('/api/'.length))
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed')
    if (path === '/' || path === '/index.html') return send(response, 200, CONTENT_TYPES['.html'] ?? '', indexHtml)
    return serveStatic(response, path)
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, name: string): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed')
    if (!isValidToken(request.headers[TOKEN_HEADER], token)) return sendJson(response, 401, fail('forbidden', 'Missing or wrong session token.'))
    if (!request.headers['content-type']?.startsWith('application/json')) return sendJson(response, 415, fail('invalid-request', 'Expected JSON.'))
    if (!(IPC_METHODS as string[]).includes(name)) return sendJson(response, 404, fail('not-found', `No method ${name}.`))
    const body = await readBody(request)
    if (body === null) return sendJson(response, 413, fail('too-large', 'The request is too large.'))
    let raw: unknown
    try {
      raw = body.length ? JSON.parse(body) : {}
    } catch {
      return sendJson(response, 400, fail('invalid-request', 'The request is not valid JSON.'))
    }
    const handler = options.handlers[name as IpcMethod] as (raw: unknown) => Promise<unknown>
    const started = performance.now()
    const result = await handler(raw)
    // How long the handler took, apart from HTTP: what the desktop app's main process spends on the call.
    return sendJson(response, 200, result, { 'server-timing': `handler;dur=${(performance.now() - started).toFixed(2)}` })
  }

  async function serveStatic(response: ServerResponse, path: string): Promise<void> {
    let full: string
    try {
      full = resolve(rendererDir, `.${decodeURIComponent(path)}`)
    } catch {
      return send(response, 400, 'text/plain; charset=utf-8', 'Bad path')
    }
    const type = CONTENT_TYPES[extname(full)]
    if (!full.startsWith(rendererDir + sep) || !type) return send(response, 404, 'text/plain; charset=utf-8', 'Not found')
    try {
      return send(response, 200, type, await readFile(full))
    } catch {
      return send(response, 404, 'text/plain; charset=utf-8', 'Not found')
    }
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  const { port } = server.address() as AddressInfo
  ownHost = `127.0.0.1:${port}`
  return {
    url: `http://${ownHost}/`,
    token,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done())
        // An open page keeps idle keep-alive connections, which would hold close() until they time out.
        server.closeAllConnections()
      }),
  }
}

function isValidToken(presented: string | string[] | undefined, token: string): boolean {
  if (typeof presented !== 'string') return false
  const a = Buffer.from(presented)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        resolveBody(null)
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'content-type': type })
  response.end(body)
}

function sendJson(response: ServerResponse, status: number, value: unknown, headers?: Record<string, string>): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value), headers)
}
