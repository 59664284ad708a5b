import { type ChildProcess, spawn } from 'node:child_process'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve } from 'node:path'
import { type Browser, type Page, chromium } from '@playwright/test'
import { CHROMIUM_LAUNCH } from '../playwright.config'
import { serializeWorkshop } from '../src/core/workshop/workshop-json'
import type { WorkshopFile } from '../src/core/workshop/schema'

export const ROOT = resolve(import.meta.dirname, '..')
export const TMP = join(ROOT, 'bench', 'tmp')
export const WORKSHOPS_DIR = join(TMP, 'Workshops')
const USER_DATA_DIR = join(TMP, 'user-data')
/** Where the browser host keeps its backups (see src/web-host/main.ts). */
export const BACKUPS_DIR = join(USER_DATA_DIR, 'Backups')
const PAGES = join(ROOT, 'bench', 'pages')
/** The viewport of the end-to-end tests: a 16:10 laptop screen. */
export const VIEWPORT = { width: 1600, height: 1000 }

/** Starts from an empty bench/tmp holding the generated workshops. */
export async function prepareTmp(workshops: Record<string, WorkshopFile>): Promise<void> {
  await rm(TMP, { recursive: true, force: true })
  await mkdir(WORKSHOPS_DIR, { recursive: true })
  for (const [file, workshop] of Object.entries(workshops)) await writeFile(join(WORKSHOPS_DIR, file), serializeWorkshop(workshop))
}

export interface AppHost {
  url: string
  stop(): void
}

/**
 * The browser host in a process of its own, as Electron's main process is separate from the
 * renderer: its work then never holds up the bench's own input to the page.
 */
export async function startAppHost(): Promise<AppHost> {
  const child: ChildProcess = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/web-host/main.ts', '--workshops-dir', WORKSHOPS_DIR], {
    cwd: ROOT,
    env: { ...process.env, COALITION_USER_DATA_DIR: USER_DATA_DIR },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /running at (http:\/\/\S+)/.exec(out)
      if (match?.[1]) resolveUrl(match[1])
    })
    child.once('exit', (code) => reject(new Error(`The browser host stopped (exit code ${code}) before it was ready`)))
  })
  return { url, stop: () => void child.kill('SIGTERM') }
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.ttf': 'font/ttf', '.json': 'application/json' }

/** Serves the bare Konva page, Konva itself, the app's fonts, the generated workshops and bench/tmp. */
export async function startBaselineServer(): Promise<{ url: string; close(): Promise<void> }> {
  const files: Record<string, string> = {
    '/bare-konva.html': join(PAGES, 'bare-konva.html'),
    '/bare-konva.js': join(PAGES, 'bare-konva.js'),
    '/konva.min.js': join(ROOT, 'node_modules', 'konva', 'konva.min.js'),
    '/fonts/DejaVuSans.ttf': join(ROOT, 'resources', 'fonts', 'DejaVuSans.ttf'),
    '/fonts/DejaVuSans-Bold.ttf': join(ROOT, 'resources', 'fonts', 'DejaVuSans-Bold.ttf'),
  }
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    const inside = (prefix: string, dir: string) => (path.startsWith(prefix) ? join(dir, decodeURIComponent(path.slice(prefix.length)).replace(/[/\\]/g, '')) : null)
    const file = files[path] ?? inside('/workshops/', WORKSHOPS_DIR) ?? inside('/tmp/', TMP)
    if (!file) {
      response.writeHead(404).end()
      return
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body),
      () => response.writeHead(404).end(),
    )
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) }
}

export const launchBrowser = (): Promise<Browser> => chromium.launch(CHROMIUM_LAUNCH)

/** A fresh page with the bench's probe installed before any of the page's own scripts. */
export async function newProbedPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  await context.addInitScript({ path: join(PAGES, 'probe.js') })
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`))
  return page
}

/** The app on the home screen (it reopens the last workshop at start, so go back if it did). */
export async function appOnHome(page: Page, host: AppHost): Promise<void> {
  await page.goto(host.url)
  const home = page.getByTestId('workshop-list')
  const back = page.getByRole('button', { name: '← Workshops' })
  await home.or(back).first().waitFor()
  if (await back.isVisible()) await back.click()
  await home.waitFor()
}
