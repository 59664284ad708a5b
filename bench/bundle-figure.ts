import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { ROOT, TMP } from './bench-env'
import { type Figure, figure } from './figure'

export const BUNDLE_LIMIT_KB = 500

/** Gzipped KB of the JavaScript a page's HTML loads before it can run: its entry script and modulepreloads. */
async function initialChunkKb(dir: string): Promise<{ kb: number; files: string[] }> {
  const html = await readFile(join(dir, 'index.html'), 'utf8')
  const files = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => (m[1] ?? m[2]) as string)
  let bytes = 0
  for (const file of files) bytes += gzipSync(await readFile(join(dir, file.replace(/^\.?\//, ''))), { level: 9 }).length
  return { kb: bytes / 1024, files }
}

/** 6: the production renderer's initial chunk, gzipped, beside the same build of a bare React + react-konva page. */
export async function measureBundle(): Promise<Figure> {
  const app = await initialChunkKb(join(ROOT, 'out', 'renderer'))
  const floorDir = join(TMP, 'floor-dist')
  await build({
    configFile: false,
    logLevel: 'silent',
    root: join(ROOT, 'bench', 'floor'),
    base: './',
    plugins: [react()],
    build: { outDir: floorDir, emptyOutDir: true, minify: true },
  })
  const floor = await initialChunkKb(floorDir)
  return figure(
    {
      name: `Initial renderer chunk, gzipped (${app.files.length} file${app.files.length === 1 ? '' : 's'}; baseline bare React + react-konva)`,
      value: app.kb,
      baseline: floor.kb,
      unit: 'KB',
      target: `< ${BUNDLE_LIMIT_KB} KB`,
    },
    ({ value }) => value < BUNDLE_LIMIT_KB,
  )
}
