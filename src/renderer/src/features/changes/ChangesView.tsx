// Placeholder until the feature lands; replaced by its owner.
export function ChangesView() {
  return <main className="page" />
}
