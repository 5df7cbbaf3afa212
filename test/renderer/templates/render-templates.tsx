/** Renders the templates view as the app does, with navigation that really changes the selected template. */
import { useState } from 'react'
import { render } from '@testing-library/react'
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import TemplatesView from '../../../src/renderer/src/features/templates/TemplatesView'
import { NoticeProvider } from '../../../src/renderer/src/components/notices'
import { NavigationContext } from '../../../src/renderer/src/state/navigation-context'
import type { View } from '../../../src/renderer/src/state/navigation'
import { TEMPLATE_SCHEMA_VERSION, type Template } from '../../../src/shared/model'

/** A user template with two sections; override what the test is about. */
export function userTemplate(overrides: Partial<Template> = {}): Template {
  return {
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id: 'own-1',
    version: 1,
    builtIn: false,
    name: { fi: 'Oma pohja', sv: 'Egen mall' },
    description: {},
    sections: [
      { id: 's1', title: { fi: 'Tausta' }, guidance: { fi: 'Mitä on tapahtunut.' }, keyFigures: [] },
      { id: 's2', title: { fi: 'Riskit' }, guidance: {}, keyFigures: [] }
    ],
    ...overrides
  }
}

export function renderTemplates(initialId?: string) {
  const views: View[] = []
  function Harness() {
    const [templateId, setTemplateId] = useState(initialId)
    const navigate = (view: View) => {
      views.push(view)
      if (view.name === 'templates') setTemplateId(view.templateId)
    }
    return (
      <FluentProvider theme={webLightTheme}>
        <NavigationContext.Provider value={navigate}>
          <NoticeProvider>
            <TemplatesView templateId={templateId} />
          </NoticeProvider>
        </NavigationContext.Provider>
      </FluentProvider>
    )
  }
  return { ...render(<Harness />), views }
}
