// Where the Electron executable is, found without `require('electron')`: since Electron 42 requiring the package
// when its binary is missing starts a download (and prints a stack where the download site is unreachable).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, URL } from 'node:url'

/**
 * The path of the Electron executable, or null when the npm package is there but its binary is not.
 * Follows the package's own rules: `path.txt` names the executable inside `dist/`, and
 * ELECTRON_OVERRIDE_DIST_PATH points at another dist folder.
 */
export function electronBinary({
  electronDir = fileURLToPath(new URL('../node_modules/electron', import.meta.url)),
  env = process.env
} = {}) {
  const pathFile = join(electronDir, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(env.ELECTRON_OVERRIDE_DIST_PATH, executable || 'electron')
    return existsSync(overridden) ? overridden : null
  }
  if (!executable) return null
  const path = join(electronDir, 'dist', executable)
  return existsSync(path) ? path : null
}
