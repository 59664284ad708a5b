// CI gate: runs electronegativity over src/ and fails on any HIGH or MEDIUM finding that the
// reviewed allow-list (.ci/electronegativity-allow.json) does not explain. electronegativity itself
// exits 0 whatever it finds, so its CSV report is read here.
// Usage: node scripts/electronegativity-gate.mjs [--report <existing report.csv>]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import Papa from 'papaparse'

const ROOT = resolve(import.meta.dirname, '..')
const TOOL = '@doyensec/electronegativity@1.10.3'
const GATED = new Set(['HIGH', 'MEDIUM'])
const ALLOW_LIST = join(ROOT, '.ci', 'electronegativity-allow.json')

function runScanner() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  const electron = String(pkg.devDependencies?.electron ?? pkg.dependencies?.electron ?? '').replace(/^[^\d]*/, '')
  if (!electron) throw new Error('package.json names no electron version')
  // A fresh folder: electronegativity overwrites an existing report without truncating it.
  const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'))
  const report = join(dir, 'report.csv')
  const run = spawnSync('npx', ['--yes', TOOL, '-i', 'src', '-e', electron, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', report], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (run.status !== 0) throw new Error(`electronegativity did not run (exit ${run.status}): ${run.stderr || run.stdout}`)
  try {
    return readFileSync(report, 'utf8')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function readFindings(csv) {
  const { data } = Papa.parse(csv.trim(), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() })
  return data.map((row) => ({
    check: String(row.issue ?? '').trim(),
    severity: String(row.severity ?? '').trim().toUpperCase(),
    file: relative(ROOT, resolve(ROOT, String(row.filename ?? '').trim())),
    location: String(row.location ?? '').trim(),
    sample: String(row.sample ?? '').trim(),
  }))
}

function readAllowList() {
  const entries = JSON.parse(readFileSync(ALLOW_LIST, 'utf8'))
  if (!Array.isArray(entries)) throw new Error(`${ALLOW_LIST} must be a JSON array`)
  for (const entry of entries) {
    if (!entry.check || !entry.file || typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
      throw new Error(`Every allow-list entry needs check, file and a reason of a sentence or more: ${JSON.stringify(entry)}`)
    }
  }
  return entries
}

const reportFlag = process.argv.indexOf('--report')
try {
  const csv = reportFlag >= 0 ? readFileSync(process.argv[reportFlag + 1], 'utf8') : runScanner()
  const findings = readFindings(csv)
  const allowed = readAllowList()
  const isAllowed = (f) => allowed.some((a) => a.check === f.check && a.file === f.file)
  const gated = findings.filter((f) => GATED.has(f.severity))
  const unexplained = gated.filter((f) => !isAllowed(f))
  for (const entry of allowed) {
    if (!gated.some((f) => f.check === entry.check && f.file === entry.file)) {
      console.log(`electronegativity: allow-list entry no longer needed: ${entry.check} in ${entry.file}`)
    }
  }
  console.log(`electronegativity: ${findings.length} findings, ${gated.length} HIGH or MEDIUM, ${gated.length - unexplained.length} explained in .ci/electronegativity-allow.json`)
  if (unexplained.length > 0) {
    for (const f of unexplained) console.error(`  ${f.severity} ${f.check} ${f.file}:${f.location}  ${f.sample}`)
    console.error('electronegativity: fix these, or add each with a reviewed reason to .ci/electronegativity-allow.json')
    process.exit(1)
  }
} catch (error) {
  console.error(`electronegativity gate: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(2)
}
