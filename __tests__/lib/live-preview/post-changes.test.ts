/** @jest-environment node */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { affectsPages, isWatching, onPostChange } from '@/lib/live-preview/post-changes';

describe('affectsPages', () => {
  it('counts posts, the authors file and the tags file, in any folder', () => {
    expect(affectsPages('a-post/zh.mdx')).toBe(true);
    expect(affectsPages('authors.json')).toBe(true);
    expect(affectsPages('tags.json')).toBe(true);
    expect(affectsPages(null)).toBe(true);
  });

  it('ignores what no page shows: editor backups, swap files, other JSON', () => {
    expect(affectsPages('a-post/zh.mdx~')).toBe(false);
    expect(affectsPages('a-post/.zh.mdx.swp')).toBe(false);
    expect(affectsPages('a-post/notes.json')).toBe(false);
  });
});

describe('onPostChange', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'post-changes-'));
    mkdirSync(join(dir, 'a-post'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Resolves with the listener's calls once `count` have come, or after a quiet second. */
  function calls(listen: (listener: () => void) => void, count: number): Promise<number> {
    return new Promise((resolve) => {
      let seen = 0;
      let quiet: NodeJS.Timeout;
      const settle = () => {
        clearTimeout(quiet);
        quiet = setTimeout(() => resolve(seen), 1_000);
      };
      listen(() => {
        seen += 1;
        if (seen > count) resolve(seen);
        settle();
      });
      settle();
    });
  }

  it('tells each listener once for a save made of several writes', async () => {
    const stops: (() => void)[] = [];
    const first = calls((listener) => stops.push(onPostChange(dir, listener)), 1);
    const second = calls((listener) => stops.push(onPostChange(dir, listener)), 1);
    const post = join(dir, 'a-post', 'zh.mdx');
    writeFileSync(post, '---\n');
    writeFileSync(post, '---\ntitle: x\n---\n');
    await expect(first).resolves.toBe(1);
    await expect(second).resolves.toBe(1);
    stops.forEach((stop) => stop());
  });

  it('tells of a change to authors.json, and not of other files', async () => {
    const stops: (() => void)[] = [];
    const heard = calls((listener) => stops.push(onPostChange(dir, listener)), 1);
    writeFileSync(join(dir, 'a-post', 'notes.txt'), 'x');
    await new Promise((resolve) => setTimeout(resolve, 300));
    writeFileSync(join(dir, 'authors.json'), '{}');
    await expect(heard).resolves.toBe(1);
    stops.forEach((stop) => stop());
  });

  it('shares one watcher between listeners and closes it with the last', () => {
    const stopFirst = onPostChange(dir, () => {});
    const stopSecond = onPostChange(dir, () => {});
    expect(isWatching(dir)).toBe(true);
    stopFirst();
    expect(isWatching(dir)).toBe(true);
    stopSecond();
    expect(isWatching(dir)).toBe(false);
  });
});
