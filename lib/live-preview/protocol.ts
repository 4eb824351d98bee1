// What the live preview's parts under `next dev` agree on: the event stream
// (app/api/live-preview/route.dev.ts), the script that listens to it
// (lib/live-preview/client.ts) and the page that refreshes itself (app/[locale]/template.dev.tsx).

/** Server-Sent Events: one `change` event per saved post, authors.json or tags.json. */
export const EVENTS_URL = '/api/live-preview';

/**
 * Dispatched on window, cancelable, for each save. A page that can refresh itself in
 * place cancels it; when none does (Next's error page has replaced it), the script reloads.
 */
export const SAVED_EVENT = 'live-preview:saved';

/** sessionStorage: where the writer was reading before a reload, `{ path, y }`. */
export const SCROLL_KEY = 'live-preview:scroll';

export type SavedScroll = { path: string; y: number };

/** The position saved for this path before a reload, if any. */
export function savedScroll(path: string): number | undefined {
  try {
    const saved = JSON.parse(sessionStorage.getItem(SCROLL_KEY) ?? 'null') as SavedScroll | null;
    return saved?.path === path ? saved.y : undefined;
  } catch {
    return undefined;
  }
}
