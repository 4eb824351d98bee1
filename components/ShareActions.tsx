'use client';

import { useRef, useState } from 'react';
import { useClientValue } from './use-client-value';
import styles from './ShareRow.module.css';

type Labels = { copyLink: string; linkCopied: string; copyFailed: string; nativeShare: string };
type Props = { url: string; title: string; labels: Labels };

const CONFIRMATION_MS = 4000;

/** The text put on the clipboard by a hidden text field, for browsers without the Clipboard API (or that refuse it). */
function copyBySelection(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.className = 'visually-hidden';
  document.body.append(field);
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}

/**
 * Copy link, and the device's own share sheet where the browser has one
 * (navigator.share). Both need JavaScript, so neither is in the prerendered
 * HTML: they appear once the page is interactive.
 */
export default function ShareActions({ url, title, labels }: Props) {
  const hydrated = useClientValue(() => true, false);
  const canShare = useClientValue(() => typeof navigator.share === 'function', false);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  async function copy() {
    let copied: boolean;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = copyBySelection(url);
    }
    setStatus(copied ? labels.linkCopied : labels.copyFailed);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), CONFIRMATION_MS);
  }

  async function share() {
    try {
      await navigator.share({ title, url });
    } catch {
      // Closing the share sheet rejects the promise too; there is nothing to report.
    }
  }

  if (!hydrated) return null;
  return (
    <>
      <li>
        <button type="button" className={styles.action} onClick={copy}>
          {labels.copyLink}
        </button>
        {/* In the page from the start, so that screen readers announce the text put in it. */}
        <span role="status" className={styles.status}>
          {status}
        </span>
      </li>
      {canShare ? (
        <li>
          <button type="button" className={styles.action} onClick={share}>
            {labels.nativeShare}
          </button>
        </li>
      ) : null}
    </>
  );
}
