import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { parseProps } from './props';

/** A call-to-action link styled as a button; links that leave the site say so to screen readers. */
export default function Button(props: { href?: string; variant?: string; children?: ReactNode }) {
  const { href, variant } = parseProps('Button', props);
  const t = useTranslations('Button');
  const external = /^https?:\/\//.test(href);
  return (
    <a className={`button button--${variant}`} href={href} rel={external ? 'external noopener' : undefined}>
      {props.children}
      {external ? <span className="visually-hidden"> {t('external')}</span> : null}
    </a>
  );
}
