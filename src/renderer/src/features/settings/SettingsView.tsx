// Placeholder until the feature lands; replaced by its owner.
export function SettingsView() {
  return <main className="page" />
}
