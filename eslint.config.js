// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'stream',
  'util',
  'worker_threads'
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'coverage/**',
      'bench/results.json',
      // Emscripten's generated glue, built by scripts/build-voikko.sh and build-hunspell.sh
      'resources/spell/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules
    }
  },
  {
    // The domain is pure: both processes import it, tests need nothing but Node.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...nodeBuiltins, 'react', 'react-dom'].map((name) => ({
            name,
            message: 'src/shared is pure TypeScript: no electron, Node or DOM.'
          })),
          patterns: [{ group: ['node:*'], message: 'src/shared is pure TypeScript: no node:* imports.' }]
        }
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'location',
          'fetch',
          'XMLHttpRequest',
          'DOMParser',
          'XMLSerializer',
          'Node',
          'Element',
          'HTMLElement',
          'Document',
          'process',
          'require'
        ].map((name) => ({
          name,
          message: 'src/shared is pure TypeScript: no DOM, browser or Node globals.'
        }))
      ]
    }
  },
  {
    // The renderer owns the screen, never the disk.
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...nodeBuiltins].map((name) => ({
            name,
            message: 'The renderer never touches the disk or Electron: go through window.api.'
          })),
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node access.' },
            { group: ['**/main/**', '**/preload/**'], message: 'The renderer imports only src/shared.' }
          ]
        }
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "Identifier[name='ipcMain']", message: 'ipcMain belongs to the main process.' },
        { selector: "Identifier[name='ipcRenderer']", message: 'Only the preload talks to ipcRenderer.' }
      ]
    }
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'bench/**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly' } }
  }
)
