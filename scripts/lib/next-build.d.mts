import type { StdioOptions } from 'node:child_process';

type Env = Record<string, string | undefined>;
type Step = { command: string; args: string[]; env: NodeJS.ProcessEnv };

export const NEXT_BIN: string;
export const SEARCH_INDEX_SCRIPT: string;
export const BUILD_HEAP_MB: number;
export function withBuildHeapLimit(env: Env): NodeJS.ProcessEnv;
export function nextBuildSteps(env?: Env): Step[];
export function buildSite(options?: { cwd?: string; env?: Env; stdio?: StdioOptions }): { status: number; stdout: string; stderr: string };
