'use client';

import { useEffect } from 'react';

/**
 * Marks the table-of-contents link of the section being read with
 * aria-current, which the stylesheet highlights. Renders nothing itself.
 */
export default function TocHighlighter() {
  useEffect(() => {
    const links = new Map([...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')].map((link) => [decodeURIComponent(link.hash.slice(1)), link]));
    const headings = [...document.querySelectorAll<HTMLElement>('.prose :is(h2, h3)[id]')].filter((heading) => links.has(heading.id));
    if (!headings.length) return;
    const visible = new Set<Element>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) visible.add(entry.target);
          else visible.delete(entry.target);
        }
        // The current section: the first heading in view, or else the last one above the viewport.
        const current = headings.find((heading) => visible.has(heading)) ?? [...headings].reverse().find((heading) => heading.getBoundingClientRect().top < 0);
        for (const [id, link] of links) {
          if (id === current?.id) link.setAttribute('aria-current', 'location');
          else link.removeAttribute('aria-current');
        }
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    headings.forEach((heading) => observer.observe(heading));
    return () => observer.disconnect();
  }, []);
  return null;
}
