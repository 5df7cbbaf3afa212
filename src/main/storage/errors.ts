/** Turns file-system failures into the error codes the renderer translates ("Not saved: the disk is full"). */
import { ServiceError } from '../../shared/contract'
import { errorCode } from './fs-port'

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT'])
const PERMISSION = new Set(['EACCES', 'EPERM', 'EROFS'])

/** A ServiceError for a failed disk operation; errors without an errno (bugs) pass through unchanged. */
export function toServiceError(error: unknown): unknown {
  if (error instanceof ServiceError) return error
  const code = errorCode(error)
  if (!code || !/^E[A-Z]+$/.test(code)) return error
  if (DISK_FULL.has(code)) return new ServiceError('disk_full', code)
  if (PERMISSION.has(code)) return new ServiceError('permission_denied', code)
  if (code === 'ENOENT') return new ServiceError('not_found', code)
  return new ServiceError('io_error', code)
}

/** Runs disk work, translating its failures. */
export async function diskWork<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw toServiceError(error)
  }
}
