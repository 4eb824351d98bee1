'use client';

import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { hashTarget } from '@/lib/navigation/hash-target';
import { REVEAL_EVENT } from '@/lib/search/reveal-mark';
import { useClientValue } from '../use-client-value';
import styles from './Tabs.module.css';

/** Keys of the WAI-ARIA tabs pattern -> the tab they move to, with automatic activation. */
function target(key: string, current: number, count: number): number | undefined {
  if (key === 'ArrowRight') return (current + 1) % count;
  if (key === 'ArrowLeft') return (current - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/** The interactive leaf of <Tabs>: a tab list (WAI-ARIA tabs pattern) over panels rendered on the server. */
export default function TabGroup({ labels, panels }: { labels: string[]; panels: ReactNode[] }) {
  const id = useId();
  // False on the server and while hydrating: the server's HTML shows every panel under its label.
  const interactive = useClientValue(() => true, false);
  const [selected, setSelected] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const panelElements = useRef<(HTMLDivElement | null)[]>([]);
  const tabId = (index: number) => `${id}-tab-${index}`;
  const panelId = (index: number) => `${id}-panel-${index}`;

  // A link to a heading inside a panel (the table of contents, search) shows that panel.
  useEffect(() => {
    function reveal() {
      const heading = hashTarget();
      const index = heading ? panelElements.current.findIndex((panel) => panel?.contains(heading)) : -1;
      if (index < 0) return;
      setSelected(index);
      requestAnimationFrame(() => heading?.scrollIntoView());
    }
    reveal();
    window.addEventListener('hashchange', reveal);
    return () => window.removeEventListener('hashchange', reveal);
  }, []);

  // The other panels are hidden "until found" (React knows `hidden` only as true or false):
  // the browser's find in page searches them too, and shows one by sending it
  // REVEAL_EVENT, as the search highlight does; the panel's tab is then selected.
  useLayoutEffect(() => {
    if (!interactive) return;
    panelElements.current.forEach((panel, index) => {
      if (index === selected) panel?.removeAttribute('hidden');
      else panel?.setAttribute('hidden', 'until-found');
    });
  }, [interactive, selected]);
  useEffect(() => {
    const panels = panelElements.current;
    // At once, not at React's next render: whoever sent the event (find in page, the search
    // highlight) goes on to measure or scroll to what is in the panel.
    const selectors = panels.map((_, index) => () => flushSync(() => setSelected(index)));
    panels.forEach((panel, index) => panel?.addEventListener(REVEAL_EVENT, selectors[index]));
    return () => panels.forEach((panel, index) => panel?.removeEventListener(REVEAL_EVENT, selectors[index]));
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const next = target(event.key, selected, labels.length);
    if (next === undefined) return;
    event.preventDefault();
    setSelected(next);
    tabs.current[next]?.focus();
  }

  return (
    <div className={styles.tabs}>
      {interactive ? (
        <div role="tablist" className={styles.tablist} onKeyDown={onKeyDown}>
          {labels.map((label, index) => (
            <button
              key={index}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              type="button"
              role="tab"
              id={tabId(index)}
              className={styles.tab}
              aria-selected={index === selected}
              aria-controls={panelId(index)}
              tabIndex={index === selected ? 0 : -1}
              onClick={() => setSelected(index)}
            >
              {label}
            </button>
          ))}
        </div>
      ) : null}
      {panels.map((panel, index) => (
        // One element per panel in both states, so hydrating keeps the server's DOM of its content.
        <div
          key={index}
          ref={(element) => {
            panelElements.current[index] = element;
          }}
          className={styles.panel}
          {...(interactive
            ? { role: 'tabpanel', id: panelId(index), 'aria-labelledby': tabId(index), tabIndex: index === selected ? 0 : -1 }
            : {})}
        >
          {interactive ? null : <p className={styles.label}>{labels[index]}</p>}
          {panel}
        </div>
      ))}
    </div>
  );
}
