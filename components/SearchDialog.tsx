'use client';

import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchIndex } from '@/lib/search/index-format';
import { countText, queryText, type CountTemplates } from '@/lib/search/messages';
import { loadIndex, parseQuery, search, type LoadedIndex } from '@/lib/search/query';
import { highlight, snippet, type Segment } from '@/lib/search/snippet';
import styles from './Search.module.css';

type Labels = Record<'open' | 'shortcut' | 'dialogLabel' | 'inputLabel' | 'placeholder' | 'close' | 'loading' | 'error' | 'hint', string> & {
  /** With the QUERY marker (lib/search/messages). */
  noResults: string;
  resultCount: CountTemplates;
};

type Props = { locale: string; indexUrl: string; labels: Labels };

const MAX_SHOWN = 20;

/** `/` is a shortcut only where it would not be typed into a field. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text));
}

/**
 * The search button and a modal dialog with a combobox: the index is fetched
 * the first time the dialog opens, then queried in the browser as the reader
 * types. Focus stays in the input; arrows move the active option
 * (aria-activedescendant) and Enter follows its link.
 */
export default function SearchDialog({ locale, indexUrl, labels }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Element | null>(null);
  const requested = useRef(false);
  const [index, setIndex] = useState<LoadedIndex>();
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  // What the field shows, and what was searched: not the Latin letters of an unfinished IME composition.
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const id = useId();

  const tokens = useMemo(() => parseQuery(query), [query]);
  const hits = useMemo(() => (index && tokens.length ? search(index, tokens) : []), [index, tokens]);
  const shown = hits.slice(0, MAX_SHOWN);
  const optionId = (i: number) => `${id}-option-${i}`;
  const activeId = shown.length ? optionId(active) : undefined;

  function load() {
    if (requested.current) return;
    requested.current = true;
    setFailed(false);
    fetch(indexUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${indexUrl}: ${response.status}`);
        return response.json() as Promise<SearchIndex>;
      })
      .then((json) => setIndex(loadIndex(json)))
      .catch(() => {
        // Opening the dialog again retries.
        requested.current = false;
        setFailed(true);
      });
  }

  function show() {
    if (!dialog.current?.open) {
      returnTo.current = document.activeElement;
      dialog.current?.showModal();
      setOpen(true);
    }
    input.current?.focus();
    input.current?.select();
    load();
  }

  function onClosed() {
    setOpen(false);
    const back = returnTo.current instanceof HTMLElement && returnTo.current !== document.body && returnTo.current.isConnected ? returnTo.current : opener.current;
    back?.focus();
  }

  const onShortcut = useEffectEvent((event: globalThis.KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const modified = event.ctrlKey || event.metaKey;
    if ((modified && event.key.toLowerCase() === 'k') || (!modified && event.key === '/' && !isTyping(event.target))) {
      event.preventDefault();
      show();
    }
  });

  useEffect(() => {
    const listener = (event: globalThis.KeyboardEvent) => onShortcut(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  function searchFor(value: string) {
    setQuery(value);
    setActive(0);
  }

  function onDialogKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    // Escape that cancels an IME composition (Chinese input) is not ours.
    if (event.key !== 'Escape' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    dialog.current?.close();
  }

  function onInputKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Neither is Enter that confirms a composition (Safari reports it as key code 229 after compositionend).
    if (event.nativeEvent.isComposing || event.keyCode === 229 || !activeId) return;
    const { key } = event;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => (current + (key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length);
    } else if (key === 'Enter') {
      event.preventDefault();
      document.getElementById(activeId)?.click();
    }
  }

  let status = '';
  if (failed) status = labels.error;
  else if (open && !index) status = labels.loading;
  else if (index && query.trim()) status = hits.length ? countText(labels.resultCount, locale, hits.length) : queryText(labels.noResults, query.trim());

  return (
    <>
      <button ref={opener} type="button" className={styles.opener} onClick={show} aria-haspopup="dialog" aria-keyshortcuts="/ Control+K Meta+K" title={labels.shortcut}>
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
          <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m11 11 4 4" stroke="currentColor" strokeWidth="2" />
        </svg>
        {labels.open}
        <kbd aria-hidden="true">/</kbd>
      </button>
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-label={labels.dialogLabel}
        onClose={onClosed}
        onKeyDown={onDialogKeyDown}
        // A click on the backdrop lands on the dialog itself, outside its panel.
        onClick={(event) => event.target === event.currentTarget && dialog.current?.close()}
      >
        <div className={styles.bar}>
          <input
            ref={input}
            className={styles.input}
            type="text"
            role="combobox"
            aria-label={labels.inputLabel}
            aria-expanded={open && shown.length > 0}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={activeId}
            placeholder={labels.placeholder}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            onKeyDown={onInputKeyDown}
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value);
              if (!(event.nativeEvent as InputEvent).isComposing) searchFor(event.target.value);
            }}
            onCompositionEnd={(event) => searchFor(event.currentTarget.value)}
          />
          <button type="button" className={styles.close} onClick={() => dialog.current?.close()}>
            {labels.close}
          </button>
        </div>
        <div id={`${id}-list`} role="listbox" aria-label={labels.dialogLabel} className={styles.list} hidden={!shown.length}>
          {shown.map((hit, i) => (
            <a
              key={hit.doc.url}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              tabIndex={-1}
              href={hit.doc.url}
              className={styles.option}
              onMouseMove={() => setActive(i)}
            >
              <span className={styles.title}>
                <Marked segments={highlight(hit.doc.title, tokens)} />
              </span>
              <span className={styles.snippet}>
                <Marked segments={snippet(hit.doc.text, tokens)} />
              </span>
            </a>
          ))}
        </div>
        <p className={styles.status} role="status" aria-live="polite">
          {status}
        </p>
        <p className={styles.hint}>{labels.hint}</p>
      </dialog>
    </>
  );
}
