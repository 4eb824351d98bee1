import { postsDir } from '@/lib/content/posts';
import { onPostChange } from '@/lib/live-preview/post-changes';

// Only `next dev` has this route: its file extension is one of the page extensions of the
// development server alone (next.config.js).
export const dynamic = 'force-dynamic';

/**
 * Server-Sent Events (EVENTS_URL in lib/live-preview/protocol.ts): a `change` event each
 * time a post, authors.json or tags.json is saved, for lib/live-preview/client.ts to refresh the page.
 */
export function GET(request: Request) {
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => controller.enqueue(encoder.encode(text));
      // After a restart of the dev server the browser reconnects within a second.
      send('retry: 1000\n\n');
      const unsubscribe = onPostChange(postsDir, () => send('event: change\ndata:\n\n'));
      // A comment now and then keeps proxies and the browser from dropping an idle connection.
      const heartbeat = setInterval(() => send(': waiting\n\n'), 20_000);
      stop = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      // The page was closed or reloaded: its listener goes, and the watcher with the last one.
      request.signal.addEventListener('abort', () => {
        stop();
        try {
          controller.close();
        } catch {
          // already cancelled by the reader
        }
      });
    },
    cancel: () => stop(),
  });
  return new Response(stream, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' },
  });
}
