import { useTranslations } from 'next-intl';

export default function SiteFooter() {
  const t = useTranslations('Site');
  return (
    <footer className="site-footer">
      <p>{t('footer')}</p>
    </footer>
  );
}
