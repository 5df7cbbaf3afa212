/**
 * What this library remembers about contributions, in `<data folder>/contributions.json`: the requests the
 * coordinator asked (and which replies were merged, so the same reply is never merged twice), and the requests this
 * user is writing as a contributor (with the request itself, to build the reply from). Written durably after every
 * change; a damaged file is moved aside, never overwritten.
 */
import { join } from 'node:path'
import { z } from 'zod'
import { contributionRequestSchema } from '../../shared/contributions/format'
import {
  contributionInfoSchema,
  requestRecordSchema,
  type ContributionInfo,
  type RequestRecord
} from '../../shared/contributions/ipc'
import type { ContributionRequest } from '../../shared/contributions/format'
import { checkShape, MAX_REPORT_FILE_BYTES } from '../../shared/shape-guard'
import { realFs } from '../storage/fs-port'
import type { Library } from '../storage/library'

const recordsSchema = z.object({
  version: z.literal(1),
  requests: z.array(requestRecordSchema).default([]),
  contributions: z
    .array(z.object({ info: contributionInfoSchema, request: contributionRequestSchema }))
    .default([])
})
type Records = z.infer<typeof recordsSchema>

export interface HeldContribution {
  info: ContributionInfo
  request: ContributionRequest
}

export class ContributionRecords {
  private constructor(
    private readonly library: Library,
    private readonly path: string,
    private data: Records
  ) {}

  /** Reads the records; a missing file is an empty list, a damaged one is moved aside (and logged). */
  static async open(library: Library): Promise<ContributionRecords> {
    const path = join(library.dataDir, 'contributions.json')
    const empty: Records = { version: 1, requests: [], contributions: [] }
    let text: string
    try {
      text = (await realFs.readRegular(path, MAX_REPORT_FILE_BYTES)).toString('utf8')
    } catch {
      return new ContributionRecords(library, path, empty)
    }
    let parsed: Records | undefined
    try {
      const shape = checkShape(JSON.parse(text))
      const result = shape.ok ? recordsSchema.safeParse(shape.value) : undefined
      parsed = result?.success ? result.data : undefined
    } catch {
      parsed = undefined
    }
    if (!parsed) {
      library.log('contribution records damaged, moved aside')
      await library.moveAside(path)
    }
    return new ContributionRecords(library, path, parsed ?? empty)
  }

  requestsFor(reportId: string): RequestRecord[] {
    return this.data.requests.filter((record) => record.reportId === reportId)
  }

  request(requestId: string): RequestRecord | undefined {
    return this.data.requests.find((record) => record.requestId === requestId)
  }

  contributionFor(reportId: string): HeldContribution | undefined {
    return this.data.contributions.find((held) => held.info.reportId === reportId)
  }

  /** The local reports that are contributions. */
  contributionReports(): string[] {
    return this.data.contributions.map((held) => held.info.reportId)
  }

  contributionOf(requestId: string): HeldContribution | undefined {
    return this.data.contributions.find((held) => held.info.requestId === requestId)
  }

  async addRequest(record: RequestRecord): Promise<void> {
    await this.write({ ...this.data, requests: [...this.data.requests, record] })
  }

  async addContribution(held: HeldContribution): Promise<void> {
    const others = this.data.contributions.filter((c) => c.info.requestId !== held.info.requestId)
    await this.write({ ...this.data, contributions: [...others, held] })
  }

  async updateRequests(change: (record: RequestRecord) => RequestRecord): Promise<void> {
    await this.write({ ...this.data, requests: this.data.requests.map(change) })
  }

  async updateContribution(requestId: string, change: (info: ContributionInfo) => ContributionInfo) {
    const contributions = this.data.contributions.map((held) =>
      held.info.requestId === requestId ? { ...held, info: change(held.info) } : held
    )
    await this.write({ ...this.data, contributions })
  }

  private async write(next: Records): Promise<void> {
    // Memory follows the disk: a refused write leaves the records as they were.
    await this.library.writeFileDurable(this.path, JSON.stringify(next, null, 2))
    this.data = next
  }
}
