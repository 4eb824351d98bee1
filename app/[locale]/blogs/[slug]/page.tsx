import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localizedPaths } from '@/lib/seo/alternates';
import { authorLinks } from '@/lib/content/author-links';
import { tagLinks } from '@/lib/content/tag-links';
import { localeSwitchTargets } from '@/lib/navigation/locale-switch';
import { renderMdx } from '@/lib/mdx/render';
import { postBreadcrumbs } from '@/lib/seo/post-breadcrumbs';
import { postMetadata } from '@/lib/seo/page-metadata';
import { postFromParams } from '@/lib/content/post-params';
import { getAdjacentPosts, getAllPostParams, getPostLocales, repositoryPath } from '@/lib/content/posts';
import { editUrl } from '@/lib/repository';
import { blogPosting, breadcrumbList } from '@/lib/seo/structured-data';
import { postUrl, site as siteFacts } from '@/lib/site';
import AdjacentPosts from '@/components/AdjacentPosts';
import Breadcrumbs from '@/components/Breadcrumbs';
import EditPageLink from '@/components/EditPageLink';
import JsonLd from '@/components/JsonLd';
import PostMeta from '@/components/PostMeta';
import SearchHighlight from '@/components/SearchHighlight';
import ShareRow from '@/components/ShareRow';
import SiteHeader from '@/components/SiteHeader';
import TableOfContents from '@/components/TableOfContents';
import TocHighlighter from '@/components/TocHighlighter';
import { checkMdxComponent, mdxComponents } from '@/components/mdx';

type Props = PageProps<'/[locale]/blogs/[slug]'>;

// Only the prerendered posts exist; any other slug is the site's 404 page
// (app/global-not-found.tsx), without rendering anything.
export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPostParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return postMetadata(await postFromParams(params));
}

export default async function PostPage({ params }: Props) {
  const post = await postFromParams(params);
  const { locale, slug } = post;
  const t = await getTranslations({ locale, namespace: 'PostPage' });
  const { content, headings } = await renderMdx(post.body, {
    file: post.file,
    components: mdxComponents,
    checkComponent: checkMdxComponent,
    anchorLabel: t('anchorLabel'),
  });
  const authors = authorLinks(post, locale);
  const tags = tagLinks(post);
  const crumbs = await postBreadcrumbs(post);
  const site = await getTranslations({ locale, namespace: 'Site' });
  return (
    <>
      <SiteHeader locale={locale} switchTargets={await localeSwitchTargets(locale, localizedPaths(`/blogs/${slug}`, getPostLocales(slug)))} />
      <main id="main" className="post-layout">
        <JsonLd data={[breadcrumbList(crumbs), blogPosting(post, { authors, keywords: tags.map((tag) => tag.name) }, site('name'))]} />
        <Breadcrumbs crumbs={crumbs} />
        {/* What search indexes (scripts/search-index.mjs): the title and the post's text; nothing outside the article, nor its byline or contents list. */}
        <article className="post" data-pagefind-body>
          <header>
            <h1>{post.title}</h1>
            <PostMeta post={post} authors={authors} tags={tags} />
          </header>
          <TableOfContents headings={headings} />
          <TocHighlighter />
          <SearchHighlight />
          <div className="prose">{content}</div>
          <footer className="post-footer" data-pagefind-ignore="all">
            <ShareRow url={postUrl(post)} title={post.title} />
            <EditPageLink href={editUrl(siteFacts.repository, repositoryPath(post))} />
          </footer>
        </article>
        <p className="back-to-top">
          <a href="#top">{t('backToTop')}</a>
        </p>
        <AdjacentPosts {...getAdjacentPosts(locale, slug)} />
      </main>
    </>
  );
}
