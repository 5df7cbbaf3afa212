/** Types of scripts/export.mjs, for the tests that import it. */
export declare const CLI: string
export declare function isStale(base?: string, bundle?: string): boolean
export declare function buildCli(): Promise<void>
