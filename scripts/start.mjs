// `npm start`: build, then open the app in Electron. On machines where Electron's binary could not be
// downloaded (npm install skips it when its download site is unreachable) say so in one line, without a stack.
import { spawnSync, spawn } from 'node:child_process'
import { electronBinary } from './electron-binary.mjs'

const MISSING =
  'Tilannekuva: the Electron binary is not installed on this machine (it is downloaded by npm install where the network allows). Tests and the browser-based e2e still run: npm test.'

const electron = electronBinary()
if (!electron) {
  console.error(MISSING)
  process.exit(1)
}

const build = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
  stdio: 'inherit'
})
if (build.status !== 0) process.exit(build.status ?? 1)

// Arguments after `npm start --` reach the app, e.g. `npm start -- --data-dir /tmp/koe`.
const env = { ...process.env }
// Set by some tools; it would make Electron run as plain Node instead of opening the window.
delete env.ELECTRON_RUN_AS_NODE
const child = spawn(electron, ['.', ...process.argv.slice(2)], { stdio: 'inherit', env })
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
