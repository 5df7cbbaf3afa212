/**
 * docs/report.schema.json is generated from the zod schema; this test fails when it is out of date.
 * `npm run schema:check` runs it; `node scripts/report-schema.mjs` (UPDATE_SCHEMA=1) rewrites the file.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { z } from 'zod'
import { reportSchema, SCHEMA_VERSION } from '../../src/shared/model'

const PATH = join(__dirname, '../../docs/report.schema.json')

/** The JSON Schema of a report file as the app accepts it (fields with defaults may be omitted). */
function generate(): string {
  const schema = z.toJSONSchema(reportSchema, { io: 'input', unrepresentable: 'any' })
  const documented = {
    $schema: schema.$schema,
    title: `Tilannekuva report file, schemaVersion ${SCHEMA_VERSION}`,
    description:
      'One situation report (.json in reports/, or a .tilannekuva.json export). See docs/report-format.md.',
    ...schema
  }
  return `${JSON.stringify(documented, null, 2)}\n`
}

it('docs/report.schema.json matches the zod schema', () => {
  const expected = generate()
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(PATH, expected)
  let actual = ''
  try {
    actual = readFileSync(PATH, 'utf8')
  } catch {
    // Missing: reported by the comparison below.
  }
  expect(actual, 'run `node scripts/report-schema.mjs` to regenerate docs/report.schema.json').toBe(expected)
})
