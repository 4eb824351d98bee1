export function generatePosts(dir: string, count: number): void;
