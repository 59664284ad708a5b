import { spawnSync } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()
const HEADER = 'issue, severity, confidence, filename, location, sample, description, url'
const row = (check: string, severity: string, file: string) =>
  `${check},"${severity}","FIRM","${resolve(file)}","1:0","sample, with a comma","Review it",https://example.invalid/${check}`

/** Runs the gate on a report we wrote, so the test needs neither npx nor the network. */
async function gate(rows: string[]) {
  const report = join(await tempDir(), 'report.csv')
  await writeFile(report, [HEADER, ...rows].join('\n'))
  return spawnSync(process.execPath, ['scripts/electronegativity-gate.mjs', '--report', report], { encoding: 'utf8' })
}

describe('electronegativity gate', () => {
  it('passes when every HIGH or MEDIUM finding is explained in the allow-list, whatever the LOW ones', async () => {
    const run = await gate([row('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'src/main/index.ts'), row('CSP_GLOBAL_CHECK', 'LOW', 'src/renderer/index.html')])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  it('fails on a HIGH finding that nobody reviewed, naming it', async () => {
    const run = await gate([row('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'src/main/index.ts')])
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('HIGH CONTEXT_ISOLATION_JS_CHECK src/main/index.ts')
  })

  it('fails on an allowed check found in a file the allow-list does not name', async () => {
    const run = await gate([row('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'src/renderer/app.tsx')])
    expect(run.status).toBe(1)
  })
})
