// Types for scripts/zip.mjs (plain Node ESM, so `npm run zip` needs no TypeScript step).
export declare const TARGETS: { chrome: string; firefox: string };
export declare function zipFiles(entries: { name: string; data: Uint8Array }[]): Buffer;
export declare function collectFiles(dir: string): { name: string; data: Buffer }[];
export declare function buildRelease(opts: { root: string; target: string }): {
  file: string;
  bytes: number;
  entries: number;
  version: string;
};
