export function completeStandalone(root: string, distDir?: string, env?: Record<string, string | undefined>): string;
