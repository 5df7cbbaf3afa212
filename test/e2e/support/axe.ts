/** The accessibility check every view gets: no serious or critical axe-core violation. */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

/**
 * Fluent's focus manager (tabster) puts aria-hidden focus guards (`<i data-tabster-dummy tabindex=0>`) around
 * focus groups; they pass focus on at once, so no user lands on them. axe flags them as aria-hidden-focus, a known
 * false positive (microsoft/fluentui#27517). Only those nodes are ignored; everything else counts.
 */
function isTabsterGuard(ruleId: string, html: string): boolean {
  return ruleId === 'aria-hidden-focus' && html.includes('data-tabster-dummy')
}

/** Serious and critical violations on the page (or inside `include`), as "rule: selector" lines. */
export async function seriousAxeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page })
  const result = await (include ? builder.include(include) : builder).analyze()
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes
        .filter((node) => !isTabsterGuard(violation.id, node.html))
        .map((node) => `${violation.id}: ${node.target.join(' ')} — ${violation.help}`)
    )
}
