export type IndexedPage = { url: string; html: string };
export function pageUrl(serverAppDir: string, htmlPath: string): string;
export function writeSearchIndex(pages: IndexedPage[], outputPath: string): Promise<{ languages: Record<string, number> }>;
export function indexBuild(root: string, distDir?: string): Promise<{ languages: Record<string, number>; outputPath: string }>;
