import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import Ajv from 'ajv'
import { describe, expect, it } from 'vitest'

// electron-builder's own schema and YAML parser (both come with electron-builder).
const require = createRequire(import.meta.url)
const yaml = require('js-yaml') as { load(text: string): unknown }
const schema = require('app-builder-lib/scheme.json') as object
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & {
  electronFuses: Record<string, boolean>
  files: string[]
  mac: {
    target: { target: string }[]
    hardenedRuntime: boolean
    entitlements: string
    entitlementsInherit: string
  }
  win: { target: { target: string }[] }
  linux: { target: string[] }
}

describe('the packaging config', () => {
  it("is valid against electron-builder's JSON schema (so a misspelt key fails here, not at release)", () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)
    const valid = validate(config)
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([])
    expect(valid).toBe(true)
  })

  it('turns the dangerous Electron fuses off and checks the asar', () => {
    expect(config.asar).toBe(true)
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true
    })
  })

  it('builds NSIS for Windows, a hardened dmg for macOS, AppImage and deb for Linux', () => {
    expect(config.win.target.map((target) => target.target)).toEqual(['nsis'])
    expect(config.mac.target.map((target) => target.target)).toEqual(['dmg'])
    expect(config.mac.hardenedRuntime).toBe(true)
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    for (const file of [config.mac.entitlements, config.mac.entitlementsInherit]) {
      expect(existsSync(file), file).toBe(true)
      expect(readFileSync(file, 'utf8')).toContain('com.apple.security.cs.allow-jit')
    }
  })

  it("packs the built app where package.json's main points", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string }
    expect(pkg.main).toMatch(/^\.\/out\//)
    expect(config.files).toContain('out/**')
  })
})
