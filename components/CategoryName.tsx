import { useMessages } from 'next-intl';
import { categoryLabel } from '@/lib/content/category';

/** A category's localized name, or the name as written when there is no translation. */
export default function CategoryName({ name }: { name: string }) {
  return <>{categoryLabel(useMessages().Category, name)}</>;
}
