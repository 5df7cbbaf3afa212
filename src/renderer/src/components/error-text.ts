/** Turns any failure into a sentence in the user's language: what happened and what to do. Never a stack trace. */
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api'

/** Returns a function mapping an error (ApiError or anything) to a translated message. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation('errors')
  return useCallback(
    (error: unknown) => {
      const code = error instanceof ApiError ? error.error.code : 'internal'
      return t(code, { defaultValue: t('internal') })
    },
    [t]
  )
}
