/** Where Debian's Chromium is; e2e never lets a tool download a browser of its own. */
import { existsSync } from 'node:fs'

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(path)) {
    throw new Error(
      `e2e: Chromium not found at ${path}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`
    )
  }
  return path
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=fi-FI'
]
