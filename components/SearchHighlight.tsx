'use client';

import { useEffect } from 'react';
import { HIGHLIGHT_PARAM, highlightSearchTerms } from '@/lib/search/pagefind';
import { revealFirstMark } from '@/lib/search/reveal-mark';

/** The class of the marks, styled in app/globals.css. */
const MARK_CLASS = 'search-highlight';

/**
 * On an article opened from a search result (`?highlight=<word>`), marks the
 * searched words in its text and shows the first one of the section the result
 * pointed to, even in a collapsed block or another tab. Anywhere else it loads
 * nothing. Renders nothing itself.
 */
export default function SearchHighlight() {
  useEffect(() => {
    if (!new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) return;
    // Without the marks the article still reads as it should.
    highlightSearchTerms(MARK_CLASS)
      .then(() => revealFirstMark([...document.querySelectorAll(`mark.${MARK_CLASS}`)]))
      .catch(() => undefined);
  }, []);
  return null;
}
