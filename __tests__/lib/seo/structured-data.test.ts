import { blogPosting, breadcrumbList, jsonLdText } from '@/lib/seo/structured-data';
import { samplePost } from '../../helpers/sample-post';

describe('structured data', () => {
  it('numbers breadcrumbs with absolute URLs', () => {
    expect(breadcrumbList([{ name: 'Home', path: '/en' }, { name: 'Post', path: '/en/blogs/x' }]).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'http://localhost:3000/en' },
      { '@type': 'ListItem', position: 2, name: 'Post', item: 'http://localhost:3000/en/blogs/x' },
    ]);
  });

  it('describes a blog post with its language, dates, authors and image', () => {
    const data = blogPosting(
      samplePost({ tags: ['containers'], updated: '2023-01-05' }),
      { authors: [{ name: 'Michael Yao', url: 'https://github.com/windsonsea' }], keywords: ['容器', 'DCE'] },
      'DaoCloud 博客',
    );
    expect(data).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'DCE 研发背景',
      inLanguage: 'zh-CN',
      datePublished: '2022-10-08',
      dateModified: '2023-01-05',
      url: 'http://localhost:3000/zh/blogs/221008-dce-bg',
      image: 'http://localhost:3000/zh/blogs/221008-dce-bg/opengraph-image',
      author: [{ '@type': 'Person', name: 'Michael Yao', url: 'https://github.com/windsonsea' }],
      publisher: { '@type': 'Organization', name: 'DaoCloud 博客' },
      keywords: '容器, DCE',
    });
  });

  it('leaves out the author of a post that names nobody, without putting the publisher in its place', () => {
    const data = blogPosting(samplePost({ authors: [] }), { authors: [], keywords: [] }, 'DaoCloud 博客');
    expect(data).not.toHaveProperty('author');
    expect(data).toMatchObject({ '@type': 'BlogPosting', headline: 'DCE 研发背景', publisher: { '@type': 'Organization', name: 'DaoCloud 博客' } });
    expect(JSON.parse(jsonLdText(data))).not.toHaveProperty('author');
  });

  it('cannot be closed early by text in a title', () => {
    expect(jsonLdText({ headline: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
