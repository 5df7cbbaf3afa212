/** Which link targets become real hyperlinks in the document: only web and e-mail addresses. */
const ALLOWED = new Set(['http:', 'https:', 'mailto:'])

/** The href when it is an http, https or mailto URL; otherwise null (the link text is then written as plain text). */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null
  const trimmed = href.trim()
  if (!trimmed) return null
  try {
    const url = new URL(trimmed)
    if (!ALLOWED.has(url.protocol)) return null
    // A web link needs a host; `http:foo` is not one a reader can follow.
    if (url.protocol !== 'mailto:' && !url.hostname) return null
    // A line break in an address (raw or %0A/%0D) smuggles headers into a mail or a request: refused.
    if (/%0[ad]|[\r\n]/i.test(url.href)) return null
    return url.href
  } catch {
    return null
  }
}
