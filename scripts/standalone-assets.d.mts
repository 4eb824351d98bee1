export function completeStandalone(root: string, distDir?: string): string;
