'use client';

import { useEffect, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { SAVED_EVENT, SCROLL_KEY, savedScroll } from '@/lib/live-preview/protocol';

/**
 * Under `next dev` only (the *.dev.tsx page extension): each page refreshes itself in
 * place when a post is saved (lib/live-preview/client.ts says when), so the writer keeps
 * their scroll position and nothing flashes.
 */
export default function LivePreviewTemplate({ children }: { children: ReactNode }) {
  const router = useRouter();
  useEffect(() => {
    const y = savedScroll(location.pathname);
    sessionStorage.removeItem(SCROLL_KEY);
    if (y !== undefined) window.scrollTo(0, y);
    const refresh = (event: Event) => {
      event.preventDefault();
      // Renders the page again on the server and swaps the new tree in.
      router.refresh();
    };
    window.addEventListener(SAVED_EVENT, refresh);
    return () => window.removeEventListener(SAVED_EVENT, refresh);
  }, [router]);
  return children;
}
