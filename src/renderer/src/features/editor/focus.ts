/** Focus for a field that is about to appear (a new decision or action): it renders after the store update. */
export function focusSoon(elementId: string, tries = 20): void {
  const element = document.getElementById(elementId)
  if (element) {
    element.focus()
    return
  }
  if (tries > 0) setTimeout(() => focusSoon(elementId, tries - 1), 10)
}
