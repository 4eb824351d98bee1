export function inlineScriptHashes(html: string): string[];
export function applyCsp(serverAppDir: string): number;
