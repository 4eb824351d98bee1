'use client';

import { useState, type MouseEvent } from 'react';

/** Copies the text of the code block it sits in; says "copied" for two seconds, also to screen readers. */
export default function CopyButton({ label, doneLabel }: { label: string; doneLabel: string }) {
  const [done, setDone] = useState(false);

  async function copy(event: MouseEvent<HTMLButtonElement>) {
    const code = event.currentTarget.closest('.code-block')?.querySelector('pre');
    if (!code) return;
    await navigator.clipboard.writeText(code.textContent ?? '');
    setDone(true);
    setTimeout(() => setDone(false), 2000);
  }

  return (
    <button type="button" className="code-block__copy" onClick={copy} data-pagefind-ignore>
      <span aria-live="polite">{done ? doneLabel : label}</span>
    </button>
  );
}
