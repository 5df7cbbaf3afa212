/**
 * Help → About: the version, the app's licence and the third-party notices the bundled components' licences ask
 * to be shown. Main reads the notices from its resources (app.notices); the renderer names no file.
 */
import { useEffect, useState } from 'react'
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle
} from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api'
import { useErrorText } from './error-text'
import './AboutHost.css'

type Loaded = { notices: string; version: string } | { error: string }

export function AboutHost() {
  const { t } = useTranslation('spell')
  const errorText = useErrorText()
  const [open, setOpen] = useState(false)
  const [loaded, setLoaded] = useState<Loaded | null>(null)

  useEffect(() => window.api.events.on('menu:command', (command) => command === 'about' && setOpen(true)), [])
  useEffect(() => {
    if (!open || loaded) return
    Promise.all([unwrap(api.app.notices({})), unwrap(api.app.info({}))]).then(
      ([notices, info]) => setLoaded({ notices, version: info.version }),
      (error: unknown) => setLoaded({ error: errorText(error) })
    )
  }, [open, loaded, errorText])

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && setOpen(false)}>
      <DialogSurface className="about-surface" aria-describedby="about-licence">
        <DialogBody>
          <DialogTitle>{t('about.title')}</DialogTitle>
          <DialogContent>
            {loaded && 'version' in loaded && <p>{t('about.version', { version: loaded.version })}</p>}
            <p id="about-licence">{t('about.licence')}</p>
            {!loaded && <p role="status">{t('about.loading')}</p>}
            {loaded && 'error' in loaded && (
              <p role="alert">{t('about.notLoaded', { reason: loaded.error })}</p>
            )}
            {loaded && 'notices' in loaded && (
              // Focusable so that a keyboard user can scroll it; the notices are in English, as written.
              <pre
                className="about-notices"
                tabIndex={0}
                role="region"
                aria-label={t('about.notices')}
                lang="en"
              >
                {loaded.notices}
              </pre>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => setOpen(false)}>
              {t('about.close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
