// Placeholder until the feature lands; replaced by its owner.
export function LibraryView() {
  return <main className="page" />
}
