// Types for bench/bytes.mjs (plain Node ESM, so the CI budget check needs no TypeScript step).
export declare const BUDGET_BYTES: number;
export interface InjectedBytes {
  files: { path: string; raw: number; gzip: number; why: string }[];
  lazy: { path: string; raw: number; gzip: number }[];
  gzip: number;
  raw: number;
  budget: number;
  over: boolean;
}
export declare function importsOf(code: string, file: string): { static: string[]; dynamic: string[] };
export declare function injectedBytes(dist: string): InjectedBytes;
export declare function formatBytes(r: InjectedBytes): string;
