import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { api } from './api'
import { initI18n } from './i18n'
import { prefetchLibrary } from './features/library/library-prefetch'
import './styles.css'

async function start(): Promise<void> {
  // The app opens on the library: its list travels while the settings and the UI language's words load.
  prefetchLibrary()
  const settings = await api.settings.get({})
  await initI18n(settings.ok ? settings.value.uiLanguage : 'fi')
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>
  )
}

void start()
