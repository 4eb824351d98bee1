export function generateMkdocsPosts(root: string, count: number): void;
export function mkdocsPost(locale: 'zh' | 'en', index: number, count: number): string;
export function postPath(index: number): string;
export function png(width: number, height: number, seed: number): Buffer;
