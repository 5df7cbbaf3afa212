/** User templates in templates/<id>.json. A damaged template file is moved aside, never deleted. */
import { join } from 'node:path'
import { ServiceError } from '../../shared/contract'
import { templateSchema, type Template } from '../../shared/model'
import type { DurableWriter } from './durable'
import { errorCode, type FsPort } from './fs-port'
import { corruptPathFor } from './paths'

export class TemplateStore {
  constructor(
    private readonly folder: string,
    private readonly fs: FsPort,
    private readonly writer: DurableWriter,
    private readonly now: () => Date,
    private readonly writable: () => void
  ) {}

  /** Every valid user template, sorted by id for a stable order. */
  async list(): Promise<Template[]> {
    const names = (await this.fs.readdir(this.folder)).filter((name) => /^[A-Za-z0-9_-]+\.json$/.test(name))
    const templates: Template[] = []
    for (const name of names.sort()) {
      const path = join(this.folder, name)
      let parsed: ReturnType<typeof templateSchema.safeParse> | undefined
      try {
        parsed = templateSchema.safeParse(JSON.parse((await this.fs.readFile(path)).toString('utf8')))
      } catch (error) {
        if (errorCode(error) === 'ENOENT') continue
        if (errorCode(error)) throw error
      }
      if (parsed?.success) templates.push(parsed.data)
      else {
        try {
          this.writable()
          await this.fs.rename(path, corruptPathFor(path, this.now()))
        } catch {
          // Read-only: leave it where it is; it is skipped either way.
        }
      }
    }
    return templates
  }

  /** Validates and writes one template durably. */
  async save(template: Template): Promise<Template> {
    this.writable()
    const valid = templateSchema.parse({ ...template, builtIn: false })
    await this.writer.write(join(this.folder, `${valid.id}.json`), JSON.stringify(valid, null, 2))
    return valid
  }

  async delete(id: string): Promise<void> {
    this.writable()
    if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new ServiceError('not_found')
    try {
      await this.fs.unlink(join(this.folder, `${id}.json`))
    } catch (error) {
      if (errorCode(error) === 'ENOENT') throw new ServiceError('not_found')
      throw error
    }
  }
}
