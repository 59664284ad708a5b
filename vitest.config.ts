import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Generous: the CLI tests spawn real processes, which a loaded 2-core machine slows many times over.
    testTimeout: 120_000,
    pool: 'forks',
  },
})
