// Placeholder until the feature lands; replaced by its owner.
export function ReportDetailsForm() {
  return <main className="page" />
}
