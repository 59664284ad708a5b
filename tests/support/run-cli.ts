import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url))

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs `npm run cli -- <args>` the way a user does: a separate Node process through tsx. */
export function runCliProcess(args: readonly string[], cwd = ROOT): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(TSX, [fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url)), ...args], { cwd, env: { ...process.env, NODE_ENV: 'production' } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
      resolve({ code, stdout, stderr })
    })
  })
}
