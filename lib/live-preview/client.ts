import { EVENTS_URL, SAVED_EVENT, SCROLL_KEY, savedScroll, type SavedScroll } from '@/lib/live-preview/protocol';

// Live preview: next.config.js injects this under `next dev` only, ahead of hydration on
// every page, Next's error page included, so that a save fixing a broken post brings the
// page back. The page itself refreshes in place when it can (app/[locale]/template.dev.tsx).

/** Where the writer was reading at the last save the page took in place. */
let lastScroll = savedScroll(location.pathname) ?? 0;

function onSave() {
  const scrollY = window.scrollY;
  const refreshedInPlace = !window.dispatchEvent(new Event(SAVED_EVENT, { cancelable: true }));
  if (refreshedInPlace) {
    lastScroll = scrollY;
    return;
  }
  // No page took the save: the error page is showing. A reload brings the fixed page back,
  // which then scrolls to where the writer was.
  const saved: SavedScroll = { path: location.pathname, y: lastScroll };
  sessionStorage.setItem(SCROLL_KEY, JSON.stringify(saved));
  location.reload();
}

new EventSource(EVENTS_URL).addEventListener('change', onSave);
