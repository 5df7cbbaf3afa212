/**
 * images.add: the renderer hands over the bytes of a pasted or dropped image (already scaled and re-encoded in the
 * renderer); main checks them (images/validate.ts) and stores them content-addressed. The renderer never names a
 * path: it gets back the asset name, which the asset protocol serves.
 */
import { ServiceError, type Services } from '../../shared/contract'
import { checkImage } from '../images/validate'
import type { AssetContext } from '../storage/assets'
import { diskWork } from '../storage/errors'

export type ImageServices = Pick<Services, 'images.add'>

/** The image operations over the storage context. */
export function imageServices(ctx: AssetContext): ImageServices {
  return {
    'images.add': async ({ data }) => {
      const bytes = Buffer.from(data, 'base64')
      const image = checkImage(bytes)
      if (ctx.readOnly) throw new ServiceError('read_only', ctx.readOnlyReason)
      const asset = await diskWork(() => ctx.assets.add(bytes, image.format))
      return { asset, width: image.width, height: image.height }
    }
  }
}
