import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { localeParam } from '@/i18n/params';
import { localizedPaths } from '@/lib/alternates';
import { authorLinks } from '@/lib/author-links';
import { localeSwitchTargets } from '@/lib/locale-switch';
import { renderMdx } from '@/lib/mdx';
import { postMetadata } from '@/lib/page-metadata';
import { getAdjacentPosts, getAllPostParams, getPost, getPostLocales } from '@/lib/posts';
import AdjacentPosts from '@/components/AdjacentPosts';
import PostMeta from '@/components/PostMeta';
import SiteHeader from '@/components/SiteHeader';
import TableOfContents from '@/components/TableOfContents';
import { checkMdxComponent, mdxComponents } from '@/components/mdx';

type Props = PageProps<'/[locale]/blogs/[slug]'>;

// Unknown slugs are not prerendered; they render on demand to the locale's 404
// page (`dynamicParams = false` would give Next.js's unlocalized one).
export function generateStaticParams() {
  return getAllPostParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await localeParam(params);
  const { slug } = await params;
  const post = getPost(locale, slug);
  if (!post) notFound();
  return postMetadata(post);
}

export default async function PostPage({ params }: Props) {
  const locale = await localeParam(params);
  const { slug } = await params;
  const post = getPost(locale, slug);
  if (!post) notFound();
  const t = await getTranslations({ locale, namespace: 'PostPage' });
  const { content, headings } = await renderMdx(post.body, {
    file: post.file,
    components: mdxComponents,
    checkComponent: checkMdxComponent,
    anchorLabel: t('anchorLabel'),
  });
  const paths = localizedPaths(`/blogs/${slug}`, getPostLocales(slug));
  return (
    <>
      <SiteHeader locale={locale} switchTargets={await localeSwitchTargets(locale, paths)} />
      <main id="main" className="post-layout">
        <article className="post">
          <header>
            <h1>{post.title}</h1>
            <PostMeta post={post} authors={authorLinks(post, locale)} />
          </header>
          <TableOfContents headings={headings} />
          <div className="prose">{content}</div>
        </article>
        <AdjacentPosts {...getAdjacentPosts(locale, slug)} />
      </main>
    </>
  );
}
