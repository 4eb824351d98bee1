import type { SpawnSyncReturns, StdioOptions } from 'node:child_process';

type Env = Record<string, string | undefined>;

export const BUILD_HEAP_MB: number;
export function withBuildHeapLimit(env: Env): NodeJS.ProcessEnv;
export function nextBuildCommand(env?: Env): { command: string; args: string[]; env: NodeJS.ProcessEnv };
export function runNextBuild(options?: { cwd?: string; env?: Env; stdio?: StdioOptions }): SpawnSyncReturns<string>;
