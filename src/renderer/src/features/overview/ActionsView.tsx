// Placeholder until the feature lands; replaced by its owner.
export function ActionsView(_props: { sectionId?: string; selectTab: (tab: import('../../state/navigation').ReportTab, sectionId?: string) => void }) {
  return <main className="page" />
}
