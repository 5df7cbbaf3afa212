/** The images.add operation's input and result (kept apart from contract.ts so that file only lists it). */
import { z } from 'zod'
import { MAX_IMAGE_BASE64 } from './images'

export const addImageInputSchema = z
  .object({
    /** PNG or JPEG bytes, base64: IPC payloads are plain data (shape-guard.ts), and so are Playwright's. */
    data: z.base64().max(MAX_IMAGE_BASE64)
  })
  .strict()

/** A stored image: its asset name and its size in pixels as read by main. */
export interface AddedImage {
  asset: string
  width: number
  height: number
}
