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
  extraMetadata: { author?: { name?: string; email?: string }; homepage?: string }
  mac: {
    icon: string
    target: { target: string }[]
    hardenedRuntime: boolean
    entitlements: string
    entitlementsInherit: string
  }
  win: { icon: string; target: { target: string; arch: string[] }[] }
  msi: Record<string, unknown>
  linux: { icon: string; target: string[]; maintainer?: string }
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  main: string
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
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

  it('builds NSIS and MSI for Windows, a hardened dmg for macOS, AppImage and deb for Linux', () => {
    expect(config.win.target.map((target) => target.target)).toEqual(['nsis', 'msi'])
    expect(config.mac.target.map((target) => target.target)).toEqual(['dmg'])
    expect(config.mac.hardenedRuntime).toBe(true)
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    for (const file of [config.mac.entitlements, config.mac.entitlementsInherit]) {
      expect(existsSync(file), file).toBe(true)
      expect(readFileSync(file, 'utf8')).toContain('com.apple.security.cs.allow-jit')
    }
  })

  it("packs the built app where package.json's main points", () => {
    expect(pkg.main).toMatch(/^\.\/out\//)
    expect(config.files).toContain('out/**')
  })

  it('offers an MSI for Group Policy and Intune: per machine, a fixed upgrade code, no auto-update', () => {
    expect(config.msi).toMatchObject({ perMachine: true, runAfterFinish: false })
    // Fixed for the life of the product: a new code would install a second copy beside the old one.
    expect(config.msi.upgradeCode).toBe('5478B8E7-A0BD-4709-A5B9-27CD9ED724AB')
    expect(config.publish).toBeNull()
    expect(config.msi.publish).toBeUndefined()
    expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty('electron-updater')
  })

  it("names the ministry's IT unit as the maintainer, as electron-builder's deb target reads it", () => {
    // As app-builder-lib's FpmTarget: linux.maintainer, else "author.name <author.email>"; a homepage is required.
    const author = config.extraMetadata.author
    const maintainer = config.linux.maintainer ?? `${author?.name} <${author?.email}>`
    expect(maintainer).toMatch(/^[^<>]*\S <[\w.-]+@valtioneuvosto\.fi>$/)
    expect(maintainer).not.toMatch(/maintainers|undefined|example/i)
    expect(config.extraMetadata.homepage).toMatch(/^https:\/\//)
  })

  it('has an app icon in every size each platform asks for, made from build/icon.svg', () => {
    expect(existsSync('build/icon.svg')).toBe(true)
    expect(pngSize(readFileSync('build/icon.png'))).toEqual([1024, 1024])
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(readFileSync(`${config.linux.icon}/${size}x${size}.png`))).toEqual([size, size])
    }
    // ICO directory: a 256 px image is stored with width byte 0.
    const ico = readFileSync(config.win.icon)
    const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256)
    expect(widths).toEqual([16, 24, 32, 48, 64, 128, 256])
    const icns = readFileSync(config.mac.icon)
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
  })
})
