import { useTranslations } from 'next-intl';
import { shareLinks } from '@/lib/share/share-links';
import QrCodeImage from './QrCodeImage';
import ShareActions from './ShareActions';
import styles from './ShareRow.module.css';

type Props = { url: string; title: string };

/**
 * Ways to share an article at its canonical URL: copy link and the device's
 * share sheet (a small client island), plain links to each network's share page,
 * and a WeChat QR code shown on request (WeChat users share a page by scanning it).
 */
export default function ShareRow({ url, title }: Props) {
  const t = useTranslations('ShareRow');
  return (
    <section className={styles.row} aria-labelledby="share-row-heading">
      <h2 id="share-row-heading" className={styles.heading}>
        {t('heading')}
      </h2>
      <ul className={styles.actions}>
        <ShareActions
          url={url}
          title={title}
          labels={{ copyLink: t('copyLink'), linkCopied: t('linkCopied'), copyFailed: t('copyFailed'), nativeShare: t('nativeShare') }}
        />
        {shareLinks(url, title).map(({ network, href }) => (
          <li key={network}>
            <a className={styles.action} href={href} target="_blank" rel="noopener noreferrer">
              {t(network)}
              <span className="visually-hidden"> {t('newWindow')}</span>
            </a>
          </li>
        ))}
        <li>
          {/* A disclosure that opens without JavaScript. */}
          <details className={styles.wechat}>
            <summary className={styles.action}>{t('wechat')}</summary>
            <figure className={styles.qr}>
              <QrCodeImage text={url} label={t('wechatCode', { title })} />
              <figcaption>{t('wechatHint')}</figcaption>
            </figure>
          </details>
        </li>
      </ul>
    </section>
  );
}
