/**
 * Headless export without a window (batch archiving, CI, benchmarks):
 *   node out/main/cli.js export <report.tilannekuva.json> --out <file.docx> [--lang fi|sv|en] [--template <org.docx>]
 *     [--series <folder>] [--charts on|off]
 *   node out/main/cli.js validate <report.tilannekuva.json>
 * `--series` names the folder holding the report's predecessors (see cli-series.ts): key figures read at two
 * meetings or more then get a chart, as in the app; `--charts off` leaves them out. Runs the same exporter as the app. Exits 0 on success, 1 on a bad input file, 2 on bad usage, with one clear line
 * on stderr. Must not import electron.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { ServiceError } from '../shared/contract'
import { migrate } from '../shared/migrations'
import { LANGUAGES, type Language, type Report } from '../shared/model'
import { seriesFromFolder } from './cli-series'
import { exportDocx } from './export'

const USAGE =
  'usage: cli export <report.tilannekuva.json> --out <file.docx> [--lang fi|sv|en] [--template <org.docx>]\n' +
  '         [--series <folder>] [--charts on|off]\n' +
  '       cli validate <report.tilannekuva.json>'

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number
  ) {
    super(message)
  }
}

interface Args {
  command: string
  input: string
  out?: string
  lang?: Language
  template?: string
  series?: string
  charts: boolean
}

/** Parses argv (without node and script). */
export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv
  const positional: string[] = []
  const flags: Record<string, string> = {}
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string
    if (arg.startsWith('--')) {
      const value = rest[i + 1]
      if (value === undefined || value.startsWith('--')) throw new CliError(`missing value for ${arg}`, 2)
      flags[arg.slice(2)] = value
      i++
    } else positional.push(arg)
  }
  if ((command !== 'export' && command !== 'validate') || positional.length !== 1)
    throw new CliError(USAGE, 2)
  const unknown = Object.keys(flags).filter(
    (f) => !['out', 'lang', 'template', 'series', 'charts'].includes(f)
  )
  if (unknown.length > 0) throw new CliError(`unknown option --${unknown[0]}`, 2)
  if (flags.lang !== undefined && !(LANGUAGES as readonly string[]).includes(flags.lang)) {
    throw new CliError(`--lang must be one of ${LANGUAGES.join(', ')}`, 2)
  }
  if (flags.charts !== undefined && flags.charts !== 'on' && flags.charts !== 'off') {
    throw new CliError('--charts must be on or off', 2)
  }
  if (command === 'export' && !flags.out) throw new CliError('export needs --out <file.docx>', 2)
  return {
    command,
    input: positional[0] as string,
    out: flags.out,
    lang: flags.lang as Language | undefined,
    template: flags.template,
    series: flags.series,
    charts: flags.charts !== 'off'
  }
}

/** Reads, migrates and validates a report file; throws a one-line CliError when it is not a usable report. */
export async function readReportFile(path: string): Promise<Report> {
  let text: string
  try {
    // Read whole, then decode once: readFile with an encoding decodes chunk by chunk, a tenth of a large export.
    text = (await readFile(path)).toString('utf8')
  } catch {
    throw new CliError(`${path}: cannot read the file`, 1)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new CliError(`${path}: not a JSON file`, 1)
  }
  const result = migrate(raw)
  if (result.ok) return result.report
  if (result.reason === 'newer_version') {
    throw new CliError(`${path}: written by a newer version (schemaVersion ${result.schemaVersion})`, 1)
  }
  throw new CliError(`${path}: not a valid report (${result.detail})`, 1)
}

/** Runs one command; resolves to the exit code. `log`/`error` receive single lines. */
export async function runCli(
  argv: string[],
  log: (line: string) => void = console.log,
  error: (line: string) => void = console.error
): Promise<number> {
  try {
    const args = parseArgs(argv)
    const report = await readReportFile(args.input)
    if (args.command === 'validate') {
      log(`${args.input}: valid report, ${report.sections.length} sections`)
      return 0
    }
    const series = args.series && args.charts ? await seriesFromFolder(report, args.series) : []
    const bytes = await exportDocx(
      report,
      { language: args.lang, organisationTemplatePath: args.template, includeCharts: args.charts },
      series
    )
    try {
      await writeFile(args.out as string, bytes)
    } catch {
      throw new CliError(`${args.out}: cannot write the file`, 1)
    }
    log(`${args.out}: ${bytes.length} bytes`)
    return 0
  } catch (failure) {
    if (failure instanceof CliError) error(failure.message)
    else if (failure instanceof ServiceError) error(`export failed: ${failure.code}`)
    else
      error(`export failed: ${failure instanceof Error ? failure.message.split('\n')[0] : String(failure)}`)
    return failure instanceof CliError ? failure.exitCode : 1
  }
}

// Run only when executed as the entry point (not when imported by tests).
const entry = process.argv[1] ?? ''
if (/cli\.(c?js|mjs)$/.test(entry)) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
