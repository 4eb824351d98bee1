'use client';

import { useEffect, useEffectEvent, useId, useRef, useState, type KeyboardEvent } from 'react';
import { countText, queryText, type CountTemplates } from '@/lib/search/messages';
import { loadPagefind, type Pagefind } from '@/lib/search/pagefind';
import { find, type Found, type Segment } from '@/lib/search/results';
import styles from './Search.module.css';

type Labels = Record<'open' | 'shortcut' | 'dialogLabel' | 'inputLabel' | 'placeholder' | 'close' | 'loading' | 'error' | 'hint', string> & {
  /** With the QUERY marker (lib/search/messages). */
  noResults: string;
  resultCount: CountTemplates;
};

type Props = { locale: string; labels: Labels };

/** `/` is a shortcut only where it would not be typed into a field. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text));
}

/**
 * The search button and a modal dialog with a combobox on Pagefind's API: its
 * script is imported the first time the dialog opens, and each query fetches
 * only the index chunks it needs. Each option is a section of an article.
 * Focus stays in the input; arrows move the active option
 * (aria-activedescendant) and Enter follows its link.
 */
export default function SearchDialog({ locale, labels }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Element | null>(null);
  const requested = useRef(false);
  const [engine, setEngine] = useState<Pagefind>();
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  // What the field shows, and what was searched: not the Latin letters of an unfinished IME composition.
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // What the last finished search found, and for which query: a slower earlier search never overwrites a later one.
  const [found, setFound] = useState<Found & { query: string }>();
  const id = useId();

  const current = found && found.query === query.trim() ? found : undefined;
  const shown = query.trim() ? (current ?? found)?.options ?? [] : [];
  const optionId = (i: number) => `${id}-option-${i}`;
  // Results of a new query may be fewer than the option the reader had moved to.
  const activeIndex = Math.min(active, shown.length - 1);
  const activeId = shown.length ? optionId(activeIndex) : undefined;

  function load() {
    if (requested.current) return;
    requested.current = true;
    setFailed(false);
    loadPagefind()
      .then((pagefind) => setEngine(() => pagefind))
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

  useEffect(() => {
    const wanted = query.trim();
    if (!engine || !wanted) return;
    let stale = false;
    find(engine, wanted)
      .then((result) => {
        if (stale) return;
        setFailed(false);
        setFound({ ...result, query: wanted });
      })
      .catch(() => stale || setFailed(true));
    return () => {
      stale = true;
    };
  }, [engine, query]);

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
      setActive((activeIndex + (key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length);
    } else if (key === 'Enter') {
      event.preventDefault();
      document.getElementById(activeId)?.click();
    }
  }

  let status = '';
  if (failed) status = labels.error;
  else if (open && !engine) status = labels.loading;
  else if (current) status = current.total ? countText(labels.resultCount, locale, current.total) : queryText(labels.noResults, current.query);

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
          {shown.map((option, i) => (
            <a
              key={option.url}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              tabIndex={-1}
              href={option.url}
              className={styles.option}
              onMouseMove={() => setActive(i)}
            >
              <span className={styles.title}>
                {option.title}
                {option.section ? <span className={styles.section}>{option.section}</span> : null}
              </span>
              <span className={styles.snippet}>
                <Marked segments={option.excerpt} />
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
