// npm run test:slow: the long versions of the tests that take a count (the SIGKILL crash test with 200 kills
// instead of 50). Sets the switch the tests read and runs them with vitest; works the same on Windows.
import { spawnSync } from 'node:child_process'

const result = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--project', 'node', 'test/main/storage/crash.test.ts'],
  { stdio: 'inherit', env: { ...process.env, TILANNEKUVA_SLOW_TESTS: '1' } }
)
process.exit(result.status ?? 1)
