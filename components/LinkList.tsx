import type { ReactNode } from 'react';
import { useFormatter } from 'next-intl';

export type ListLink = { key: string; href: string; label: ReactNode };

/** Links joined the way the page's language lists things: "A, B, C" in English, "A、B、C" in Chinese. */
export default function LinkList({ links }: { links: ListLink[] }) {
  const format = useFormatter();
  const items = links.map((link) => (
    <a key={link.key} href={link.href}>
      {link.label}
    </a>
  ));
  return <>{format.list(items, { type: 'conjunction', style: 'narrow' })}</>;
}
