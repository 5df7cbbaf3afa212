// Placeholder until the feature lands; replaced by its owner.
export default function TemplatesView(_props: { templateId?: string }) {
  return <main className="page" />
}
