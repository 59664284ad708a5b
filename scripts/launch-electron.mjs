// `npm start`: opens the built app in Electron, or says in one line why it cannot and what to use instead.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))
const pathFile = join(electronDir, 'path.txt')
const binaryPresent = () => existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')))

if (!binaryPresent()) {
  // Electron 42+ downloads its binary on first use; do that quietly so a failure is one clear line.
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 300_000 })
}
if (!binaryPresent()) {
  console.error('Coalition: the Electron runtime could not be downloaded on this machine, so the desktop window cannot open; run `npm run web` to use Coalition in your browser instead.')
  process.exit(1)
}

const child = spawn(require('electron'), ['.', ...process.argv.slice(2)], { stdio: 'inherit' })
child.on('exit', (code) => process.exit(code ?? 0))
