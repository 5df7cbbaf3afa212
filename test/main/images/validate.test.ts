/** What main accepts as an image of the notes, whatever the renderer sends. */
import { describe, expect, it } from 'vitest'
import { checkImage } from '../../../src/main/images/validate'
import { MAX_IMAGE_BYTES } from '../../../src/shared/images'
import { imageFixture } from '../../support/images'

const refusal = (bytes: Uint8Array) => {
  try {
    checkImage(bytes)
    return 'accepted'
  } catch (error) {
    return `${(error as { code: string }).code}: ${(error as Error).message}`
  }
}

describe('checkImage', () => {
  it('accepts PNG and JPEG with the size their headers give', () => {
    expect(checkImage(imageFixture('chart.png'))).toEqual({ format: 'png', width: 480, height: 270 })
    expect(checkImage(imageFixture('whiteboard.jpg'))).toEqual({ format: 'jpg', width: 640, height: 480 })
  })

  it('refuses an empty file, a WebP (the renderer converts those), a photo over 2000 px and garbage', () => {
    expect(refusal(imageFixture('empty.png'))).toBe('invalid_image: empty')
    expect(refusal(imageFixture('dashboard.webp'))).toBe('invalid_image: not_png_or_jpeg')
    expect(refusal(imageFixture('photo-6000.jpg'))).toBe('invalid_image: too_big')
    expect(refusal(Buffer.from('<svg onload="alert(1)"/>'))).toBe('invalid_image: not_png_or_jpeg')
  })

  it('refuses PNG magic on a truncated header and JPEG magic on PNG content', () => {
    expect(refusal(imageFixture('chart.png').subarray(0, 12))).toBe('invalid_image: unreadable')
    const jpegPrefix = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), imageFixture('chart.png')])
    expect(refusal(jpegPrefix)).toMatch(/^invalid_image: (unreadable|format_mismatch)$/)
  })

  it('refuses more than the byte cap before reading anything', () => {
    const huge = Buffer.alloc(MAX_IMAGE_BYTES + 1)
    imageFixture('chart.png').copy(huge)
    expect(refusal(huge)).toBe('invalid_image: too_large')
  })
})
