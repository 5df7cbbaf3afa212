/** New ids for reports, sections, actions…: URL- and file-name-safe, from the platform's crypto (Node 20 and Chromium). */
export function newId(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 20)
}
