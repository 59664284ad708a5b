import type { z } from 'zod'

/** Turns zod issues into one sentence a facilitator can read, naming where the problem is. */
export function describeIssues(error: z.ZodError, maxIssues = 3): string {
  const parts = error.issues.slice(0, maxIssues).map((issue) => {
    const where = issue.path.length > 0 ? formatPath(issue.path) : 'the file'
    return `${where}: ${issue.message}`
  })
  const more = error.issues.length - parts.length
  return parts.join('; ') + (more > 0 ? ` (and ${more} more)` : '')
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('')
}
