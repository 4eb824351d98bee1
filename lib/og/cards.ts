import { createFormatter, createTranslator } from 'next-intl';
import { loadMessages } from '@/i18n/messages';
import { htmlLang, type Locale } from '@/i18n/routing';
import { categoryLabel } from '../content/category';
import type { OgCard } from './render';
import { authorLinks } from '../content/author-links';
import type { PostMeta } from '../content/posts';

/** The social card of a post: its title, first category, date and authors (if it names any), in its locale. */
export async function postCard(post: PostMeta): Promise<OgCard> {
  const messages = await loadMessages(post.locale);
  const site = createTranslator({ locale: post.locale, messages, namespace: 'Site' });
  const format = createFormatter({ locale: post.locale, timeZone: 'UTC' });
  const authors = authorLinks(post, post.locale).map((author) => author.name);
  return {
    siteName: site('name'),
    title: post.title,
    details: [
      categoryLabel(messages.Category, post.categories[0]),
      format.dateTime(new Date(post.date), { dateStyle: 'long' }),
      ...(authors.length ? [format.list(authors, { type: 'conjunction', style: 'narrow' })] : []),
    ],
    lang: htmlLang[post.locale],
  };
}

/** The card of a locale's index page, also the default for its pages without their own. */
export async function siteCard(locale: Locale): Promise<OgCard> {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: 'Site' });
  return { siteName: t('name'), title: t('description'), details: [], lang: htmlLang[locale] };
}
