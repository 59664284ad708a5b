import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import { defineConfig } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default defineConfig(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/tmp/**', '.tmp/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    // The domain is pure: no Node, DOM, Electron or React; only zod, immer, date-fns and itself.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!(zod|immer|date-fns)(/.*)?$|\\.\\.?/).*', message: 'src/core is pure TypeScript: it may import zod, immer, date-fns and other core modules only.' }] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require', 'Buffer', 'global', 'fetch', 'localStorage'],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(electron|lowdb|pdfkit|fs|path|os|child_process|node:.*)$', message: 'The renderer is a web page: it reaches the system only through the IPC contract.' },
            { regex: '/(main|preload|web-host|cli)/', message: 'The renderer imports only core and itself.' },
          ],
        },
      ],
    },
  },
  {
    // Services and hosts run without Electron (CLI, browser host, tests); only the shell may import it.
    files: ['src/main/**/*.ts', 'src/web-host/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/shell/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only src/main/index.ts and src/main/shell may import electron.' }] }],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!electron$|\\.\\./core/).*', message: 'The preload bridges the contract and nothing else.' }] }],
    },
  },
  {
    // The bench's in-page scripts run in the browser as they are, beside Konva's global build.
    files: ['bench/pages/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser, Konva: 'readonly' } },
  },
  {
    // Playwright reads a fixture's dependencies from its destructuring pattern, so `{}` means "none".
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['eslint.config.js', 'electron.vite.config.ts', 'vitest.config.ts', 'playwright.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
)
