#!/usr/bin/env node
// Generates docs/report.schema.json from the zod schema in src/shared/model.ts, or with --check verifies it is
// up to date. The schema lives in TypeScript and Node 20 cannot import .ts, so the work is done by a vitest test
// (test/shared/report-schema.test.ts), which compiles TypeScript with the project's own configuration.
import { spawnSync } from 'node:child_process'

const check = process.argv.includes('--check')
const result = spawnSync(
  'npx',
  ['vitest', 'run', '--project', 'node', 'test/shared/report-schema.test.ts', '--reporter', 'dot'],
  {
    stdio: 'inherit',
    env: { ...process.env, UPDATE_SCHEMA: check ? '0' : '1' },
    shell: process.platform === 'win32'
  }
)
process.exit(result.status ?? 1)
