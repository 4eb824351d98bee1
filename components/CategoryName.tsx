import { useTranslations } from 'next-intl';
import type messages from '@/messages/zh.json';

type KnownCategory = keyof (typeof messages)['Category'];

/** A category's localized name, or the name as written when there is no translation. */
export default function CategoryName({ name }: { name: string }) {
  const t = useTranslations('Category');
  return <>{t.has(name as KnownCategory) ? t(name as KnownCategory) : name}</>;
}
