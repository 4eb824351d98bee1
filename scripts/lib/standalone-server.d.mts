import type { ChildProcess } from 'node:child_process';

export function startStandaloneServer(options: {
  root: string;
  distDir?: string;
  env?: NodeJS.ProcessEnv;
  stdio?: 'ignore' | 'inherit';
  readyPath?: string;
}): Promise<{ url: string; process: ChildProcess; stop: () => void }>;
