/**
 * The renderer's typed client. `window.api` is built by the preload from the contract; this module only adds
 * `unwrap`, which turns an error result into an exception carrying the code the UI translates.
 */
import type { Api, AppError, Result } from '../../shared/contract'

export const api: Api = window.api

/** An operation failed; `code` picks the message shown to the user. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.code)
    this.name = 'ApiError'
  }
}

/** Resolves to the value of a successful result; rejects with ApiError otherwise. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}
