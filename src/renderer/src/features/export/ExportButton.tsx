// Placeholder until the feature lands; replaced by its owner.
export function ExportButton() {
  return <main className="page" />
}
