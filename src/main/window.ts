/**
 * The secure BrowserWindow: every webPreference written out, deny-by-default permissions, no navigation, no new
 * windows, no network. Guards are exported one by one so that tests (with `vi.mock('electron')`) can reach them.
 */
import { BrowserWindow, type Session, type WebContents, type WebPreferences } from 'electron'
import { safeExternalUrl } from './links'
import { assetNameFromUrl } from './asset-protocol'
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './protocol'

/**
 * The only permissions a page of ours may get, each with the reason it is needed. Everything else (camera,
 * microphone, geolocation, notifications, clipboard read, …) is refused.
 */
export const PERMISSION_ALLOWLIST: Readonly<Record<string, string>> = {
  'clipboard-sanitized-write':
    'Copy buttons put plain text on the clipboard with navigator.clipboard.writeText.'
}

/** Written out in full on purpose: a reviewer sees every security-relevant flag at a glance. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // One checker: our own (Voikko and Hunspell in a worker). Chromium's has no Finnish and downloads its lists.
    spellcheck: false
  }
}

/** True when `url` belongs to the app itself (or, in development only, to the dev server). */
export function isOwnUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  if (!devServerUrl) return false
  const dev = new URL(devServerUrl)
  return parsed.host === dev.host && (parsed.protocol === dev.protocol || parsed.protocol === 'ws:')
}

/**
 * Whether a request may leave the renderer. The app is offline by design: its own app:// files, in-memory
 * data:/blob: images, the notes' images (tk-asset://images/<name>), and in development the dev server and DevTools. Every http(s) host is refused.
 */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  if (isOwnUrl(url, devServerUrl)) return true
  if (assetNameFromUrl(url) !== null) return true
  const protocol = url.slice(0, url.indexOf(':') + 1).toLowerCase()
  if (protocol === 'data:' || protocol === 'blob:') return true
  return devServerUrl !== undefined && protocol === 'devtools:'
}

/** True when the permission is on the allowlist and asked for by the app's own page. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: string,
  devServerUrl?: string
): boolean {
  return Object.hasOwn(PERMISSION_ALLOWLIST, permission) && isOwnUrl(requestingUrl, devServerUrl)
}

/** Where a URL points, for the support log: scheme and host only (a query could hold report text). */
export function originForLog(url: string): string {
  try {
    const parsed = new URL(url)
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : parsed.protocol
  } catch {
    return 'an invalid URL'
  }
}

type SecurityLog = (message: string) => void

/** Session-level guards: permissions, the network, and the CSP header on every response. */
export function hardenSession(
  session: Session,
  devServerUrl?: string,
  log: SecurityLog = () => undefined
): void {
  // Never downloads Hunspell lists from Google's servers (the app is offline; our own checker is in the renderer).
  session.setSpellCheckerEnabled(false)
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const allowed = isPermissionAllowed(permission, details.requestingUrl, devServerUrl)
    if (!allowed) log(`refused permission ${permission} for ${originForLog(details.requestingUrl)}`)
    callback(allowed)
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, devServerUrl)
  )
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, devServerUrl)
    if (!allowed) log(`refused request to ${originForLog(details.url)}: the app makes no network connections`)
    callback({ cancel: !allowed })
  })
  session.webRequest.onHeadersReceived((details, callback) => {
    // Only our own pages get our CSP (DevTools in development has its own and would break under ours).
    if (!isOwnUrl(details.url, devServerUrl)) return callback({})
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }
    })
  })
}

/** WebContents-level guards: no navigation, no redirects, no webviews, no new windows. */
export function hardenContents(
  contents: WebContents,
  openExternal: (url: string) => void,
  log: SecurityLog = () => undefined
): void {
  const openIfSafe = (url: string, what: string): void => {
    const safe = safeExternalUrl(url)
    log(
      `refused ${what} to ${originForLog(url)}: ${safe ? 'opened in the system browser' : 'not a safe link'}`
    )
    if (safe) openExternal(safe)
  }
  // The app is a single page: a link without target="_blank" must not replace it, but may open in the browser.
  contents.on('will-navigate', (event, url) => {
    event.preventDefault()
    openIfSafe(url, 'navigation')
  })
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return
    log(`refused frame navigation to ${originForLog(event.url)}`)
    event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    log(`refused redirect to ${originForLog(url)}`)
    event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    log('refused a webview')
    event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    openIfSafe(url, 'new window')
    return { action: 'deny' }
  })
}

export interface MainWindowDeps {
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string
  /** app://tilannekuva/index.html, or the dev server's URL in development. */
  entryUrl: string
  devServerUrl?: string
  bounds: { x?: number; y?: number; width: number; height: number; maximized?: boolean }
  title: string
  openExternal: (url: string) => void
  /** The support log: what was refused and why (never page content). */
  log?: SecurityLog
}

/** Creates the app's window with the secure flags and guards, and loads the renderer. */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const { x, y, width, height } = deps.bounds
  const window = new BrowserWindow({
    ...(x !== undefined && y !== undefined ? { x, y } : {}),
    width,
    height,
    minWidth: 400,
    minHeight: 300,
    title: deps.title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(deps.preloadPath)
  })
  hardenSession(window.webContents.session, deps.devServerUrl, deps.log)
  hardenContents(window.webContents, deps.openExternal, deps.log)
  window.once('ready-to-show', () => {
    if (deps.bounds.maximized) window.maximize()
    window.show()
  })
  void window.loadURL(deps.entryUrl)
  return window
}
