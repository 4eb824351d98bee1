import { getLocale, getTranslations } from 'next-intl/server';
import { localizedPaths } from '@/lib/alternates';
import { localeSwitchTargets } from '@/lib/locale-switch';
import SiteHeader from '@/components/SiteHeader';

export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <>
      <title>{t('title')}</title>
      <SiteHeader locale={locale} switchTargets={await localeSwitchTargets(locale, localizedPaths('/'))} />
      <main id="main" className="not-found">
        <h1>{t('title')}</h1>
        <p>{t('body')}</p>
        <p>
          <a href={`/${locale}`}>{t('backHome')}</a>
        </p>
      </main>
    </>
  );
}
