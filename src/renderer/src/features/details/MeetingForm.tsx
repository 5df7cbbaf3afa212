// Placeholder until the feature lands; replaced by its owner.
export function MeetingForm() {
  return <main className="page" />
}
