import { watch, type FSWatcher } from 'node:fs';

type Listener = () => void;

/** One watcher per posts folder and the pages listening to it. */
type Watch = { watcher: FSWatcher; listeners: Set<Listener>; timer?: NodeJS.Timeout };

// On globalThis rather than in a module variable: `next dev` may evaluate this module again
// (after an edit to it, or in another bundle), and a second watcher would then leak.
const watches: Map<string, Watch> = ((globalThis as { __livePreviewWatches?: Map<string, Watch> }).__livePreviewWatches ??= new Map());

/**
 * Editors save by writing, truncating or renaming, so one save is a burst of events:
 * they are told to the listeners once, after the burst.
 */
export const SETTLE_MS = 100;

/** The JSON files beside the posts that pages read (lib/content/site-data.ts). */
const SITE_DATA_FILES = new Set(['authors.json', 'tags.json']);

/** Whether a change to this file (relative to the posts folder) can change a page. */
export function affectsPages(fileName: string | null): boolean {
  // Some platforms do not say which file changed; then any change may matter.
  if (fileName === null) return true;
  const name = fileName.split(/[\\/]/).pop() ?? '';
  return name.endsWith('.mdx') || SITE_DATA_FILES.has(name);
}

/**
 * Calls `listener` after each save of a post, authors.json or tags.json under `dir`, until the
 * returned function is called. All listeners share one watcher, closed with the last one.
 */
export function onPostChange(dir: string, listener: Listener): () => void {
  let entry = watches.get(dir);
  if (!entry) {
    const created: Watch = { watcher: watch(dir, { recursive: true }), listeners: new Set() };
    created.watcher.on('change', (_event, fileName) => {
      if (!affectsPages(fileName === null ? null : String(fileName))) return;
      clearTimeout(created.timer);
      created.timer = setTimeout(() => created.listeners.forEach((notify) => notify()), SETTLE_MS);
    });
    // A posts folder that goes away ends the watch; the pages then stop hearing of changes.
    created.watcher.on('error', () => close(dir, created));
    watches.set(dir, created);
    entry = created;
  }
  entry.listeners.add(listener);
  return () => {
    entry.listeners.delete(listener);
    if (entry.listeners.size === 0) close(dir, entry);
  };
}

/** Whether a watcher is open on `dir` (it is while a page listens). */
export function isWatching(dir: string): boolean {
  return watches.has(dir);
}

function close(dir: string, entry: Watch) {
  clearTimeout(entry.timer);
  entry.watcher.close();
  if (watches.get(dir) === entry) watches.delete(dir);
}
