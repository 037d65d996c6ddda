// Types for scripts/release.mjs (plain Node ESM, so `npm run release` needs no TypeScript step).
export declare const SOURCE_PATHS: string[];
export declare function sourceNames(root: string): string[];
export declare function buildMd(o: { version: string; firefoxZip: string; firefoxSha256: string; node: string; npm: string }): string;
export declare function release(opts: { root: string; out?: string; only?: 'firefox' }): {
  version: string;
  files: { file: string; bytes: number; sha256: string }[];
};
