/**
 * The WebAssembly engines and the Finnish dictionary are built by scripts/build-voikko.sh and
 * scripts/build-hunspell.sh and committed; CI does not rebuild them. Every file must be exactly what its
 * SHA256SUMS says, and nothing may sit in those folders unlisted.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const FOLDERS = ['resources/spell/fi', 'resources/spell/hunspell']

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((name) => name !== 'SHA256SUMS')
    .sort()
}

describe.each(FOLDERS)('%s', (folder) => {
  it('matches its SHA256SUMS, file by file', async () => {
    const root = resolve(folder)
    const listed = (await readFile(join(root, 'SHA256SUMS'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => {
        const [sum, name] = line.split(/\s+\*?/u)
        return { sum, name: name! }
      })
    expect(listed.map((entry) => entry.name).sort()).toEqual(await filesUnder(root))
    for (const { sum, name } of listed) {
      const actual = createHash('sha256')
        .update(await readFile(join(root, name)))
        .digest('hex')
      expect(actual, name).toBe(sum)
    }
  })
})
