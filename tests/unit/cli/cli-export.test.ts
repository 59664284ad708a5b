import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCliProcess } from '../../support/run-cli'
import { pdfText } from '../../support/pdf-tools'
import { SAMPLE_PATH, useTempDirs } from '../../support/temp-dir'

const tempDir = useTempDirs()

describe('cli export', () => {
  it('writes the commitments of the sample, one per signatory and one combined', async () => {
    const out = await tempDir()
    const run = await runCliProcess(['export', SAMPLE_PATH, '--what', 'commitments', '--out', out])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Wrote 3 files')
    const files = (await readdir(out)).sort()
    expect(files).toHaveLength(3)
    expect(files.every((f) => f.startsWith('Sample Northwind Health goes paperless - Commitment - '))).toBe(true)
    const combined = await pdfText(join(out, files.find((f) => f.includes('all signatures'))!))
    expect(combined).toContain('Søren Madsen')
    expect(combined).toContain("Margaret O'Neill")
  })

  it('writes the participants folder with --what all, and the roster and summary alone', async () => {
    const out = await tempDir()
    const all = await runCliProcess(['export', SAMPLE_PATH, '--what', 'all', '--out', out])
    expect(all.code).toBe(0)
    const folder = join(out, 'Sample Northwind Health goes paperless - for participants')
    expect(await readdir(folder)).toHaveLength(8)
    for (const what of ['network', 'summary'] as const) {
      const run = await runCliProcess(['export', SAMPLE_PATH, '--what', what, '--out', out])
      expect(run.code).toBe(0)
    }
    const loose = (await readdir(out)).filter((f) => f.endsWith('.pdf')).sort()
    expect(loose).toEqual(['Sample Northwind Health goes paperless - Change network roster.pdf', 'Sample Northwind Health goes paperless - Workshop summary.pdf'])
  })

  it('refuses an unknown --what with exit 2 and a missing file with exit 1', async () => {
    const out = await tempDir()
    const wrong = await runCliProcess(['export', SAMPLE_PATH, '--what', 'poster', '--out', out])
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('--what must be one of plan, commitments, network, summary, all')
    const missing = await runCliProcess(['export', join(out, 'nope.json'), '--what', 'plan', '--out', out])
    expect(missing.code).toBe(1)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
    expect(await readdir(out)).toEqual([])
  })
})
