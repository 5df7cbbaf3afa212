/** What a user sees of the focused control and of a picker's text, measured in the page. */
import type { Page } from 'playwright-core'

/** Fluent wraps a text field's <input> in a box; the focus ring belongs round that box. */
const FIELD_BOX = '.fui-Input, .fui-Textarea, .fui-Select, .fui-Combobox, .fui-SpinButton'

/**
 * The focused control and the width of its visible focus ring in px (0 when there is none): a solid, non-transparent
 * outline on the control or on the field box round it.
 */
export async function focusRing(page: Page): Promise<{ control: string; width: number }> {
  return page.evaluate((fieldBox) => {
    const focused = document.activeElement as HTMLElement | null
    if (!focused || focused === document.body) return { control: 'body', width: 0 }
    const ring = (element: Element) => {
      const style = getComputedStyle(element)
      const transparent = /^(transparent|rgba\(.*,\s*0\))$/.test(style.outlineColor)
      return style.outlineStyle === 'none' || transparent ? 0 : parseFloat(style.outlineWidth) || 0
    }
    const box = focused.closest(fieldBox)
    const name = focused.getAttribute('aria-label') ?? focused.textContent?.trim().slice(0, 40) ?? ''
    return {
      control: `${focused.tagName.toLowerCase()}[${focused.getAttribute('role') ?? ''}] ${name}`,
      width: Math.max(ring(focused), box ? ring(box) : 0)
    }
  }, FIELD_BOX)
}

/**
 * For a native <select> in a Fluent Select: its chosen option's text, and the clear space in px between the end of
 * that text (in the select's own font) and the left edge of the dropdown arrow; negative when they overlap.
 */
export async function gapBeforeArrow(page: Page, selector: string): Promise<{ text: string; gap: number }> {
  return page.locator(selector).evaluate((select: HTMLSelectElement) => {
    const style = getComputedStyle(select)
    const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
    const text = select.selectedOptions[0]?.text ?? ''
    const textEnd =
      select.getBoundingClientRect().left +
      select.clientLeft +
      parseFloat(style.paddingLeft) +
      context.measureText(text).width
    const arrow = select.parentElement?.querySelector('.fui-Select__icon')?.getBoundingClientRect()
    return { text, gap: Math.floor((arrow?.left ?? 0) - textEnd) }
  })
}
