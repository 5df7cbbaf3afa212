// Electron's own install script downloads its binary from a site some machines cannot reach.
// Run it ourselves, and let a failure warn instead of failing the whole `npm install`:
// tests, e2e and the build do not need the binary; only `npm start` does.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const installer = 'node_modules/electron/install.js'
if (!existsSync(installer)) process.exit(0)
if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.warn('postinstall: ELECTRON_SKIP_BINARY_DOWNLOAD is set; the Electron binary was not downloaded.')
  process.exit(0)
}
const result = spawnSync(process.execPath, [installer], { stdio: 'inherit', timeout: 300_000 })
if (result.status !== 0) {
  console.warn(
    'postinstall: the Electron binary could not be downloaded. Tests, e2e and the build still work; `npm start` needs it.'
  )
}
process.exit(0)
