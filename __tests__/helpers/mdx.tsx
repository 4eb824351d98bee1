import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { renderMdx } from '@/lib/mdx/render';
import { checkMdxComponent, mdxComponents } from '@/components/mdx';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';

const messages = { zh, en };

/** Compiles a post body as the article page does: the site's components, checked at compile time. */
export async function compilePost(source: string, locale: Locale = 'en') {
  const { content } = await renderMdx(source, {
    file: `posts/p/${locale}.mdx`,
    components: mdxComponents,
    checkComponent: checkMdxComponent,
    anchorLabel: 'Link',
  });
  return content;
}

/** The server's HTML of a post body (client islands as they render before hydration), with the real messages. */
export async function postHtml(source: string, locale: Locale = 'en') {
  const content = await compilePost(source, locale);
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messages[locale]} timeZone="UTC">
      {content}
    </NextIntlClientProvider>,
  );
}

/** A post body compiled without the site's components (as tools and plugin tests see it): its HTML and headings. */
export async function plainPostHtml(source: string, anchorLabel = 'Link') {
  const { content, headings } = await renderMdx(source, { file: 'posts/t/zh.mdx', anchorLabel });
  return { html: renderToStaticMarkup(content), headings };
}
