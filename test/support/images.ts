/** Image bytes for tests: the fixtures in test/fixtures/images (made in Chromium), read once. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const FOLDER = join(__dirname, '../fixtures/images')

/** The bytes of one fixture image. */
export function imageFixture(
  name: 'chart.png' | 'whiteboard.jpg' | 'dashboard.webp' | 'photo-6000.jpg' | 'corrupt.png' | 'empty.png'
): Buffer {
  return readFileSync(join(FOLDER, name))
}
