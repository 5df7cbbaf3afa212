/**
 * A report that tests the layout: every title and text at the longest the schema allows, written without a single
 * space (the worst case for wrapping), saved through the real services so every view shows it.
 */
import type { Page } from 'playwright-core'

type Api = {
  reports: {
    create: (input: unknown) => Promise<{ ok: boolean; value: { id: string } }>
    get: (input: unknown) => Promise<{ ok: boolean; value: { report: Record<string, unknown> } }>
    save: (input: unknown) => Promise<{ ok: boolean }>
  }
}

/** Creates the long report and returns its id; `marker` starts every long text so a test can find it. */
export async function createLongReport(page: Page, marker: string): Promise<string> {
  return page.evaluate(async (marker) => {
    const api = (window as unknown as { api: Api }).api
    const long = (length: number) => (marker + 'x'.repeat(length)).slice(0, length)
    const created = await api.reports.create({
      language: 'fi',
      templateId: 'digitalisation',
      title: long(300)
    })
    if (!created.ok) throw new Error(JSON.stringify(created))
    const got = await api.reports.get({ id: created.value.id })
    const report = got.value.report as {
      revision: number
      meeting: Record<string, unknown>
      sections: Array<Record<string, unknown>>
    }
    report.meeting = { ...report.meeting, name: long(300), place: long(300), date: '2027-01-14' }
    const [first, second] = report.sections as [Record<string, unknown>, Record<string, unknown>]
    first.title = long(300)
    first.owner = long(300)
    first.status = 'needs_attention'
    first.keyFigures = [
      {
        id: 'kf-long',
        indicator: long(1000),
        value: long(300),
        target: long(100),
        unit: long(100),
        year: long(100),
        source: long(2000)
      }
    ]
    first.decisions = [{ id: 'd-long', text: long(10000) }]
    first.actions = [{ id: 'a-long', what: long(4000), who: long(500), due: '2027-02-01', state: 'open' }]
    second.title = long(300)
    const saved = await api.reports.save({ report, baseRevision: report.revision })
    if (!saved.ok) throw new Error(JSON.stringify(saved))
    return created.value.id
  }, marker)
}

/**
 * Everything on the page that scrolls sideways: the document itself, and any element whose content is wider than
 * its box where the box scrolls (overflow auto/scroll). Described by tag, class and widths, for the failure message.
 */
export async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth) found.push(`document ${root.scrollWidth} > ${root.clientWidth}`)
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const overflow = getComputedStyle(element).overflowX
      if (overflow !== 'auto' && overflow !== 'scroll') continue
      if (element.scrollWidth > element.clientWidth + 1) {
        found.push(
          `${element.tagName.toLowerCase()}.${element.className} ${element.scrollWidth} > ${element.clientWidth}`
        )
      }
    }
    return found
  })
}
