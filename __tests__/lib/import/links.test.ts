/** @jest-environment node */
import { resolveLink, publishedPath, type LinkSite } from '@/lib/import/links';

const site: LinkSite = {
  docsDir: '/docs/zh/docs',
  locale: 'zh',
  baseUrl: 'https://docs.example.com/',
  directoryUrls: false,
  postSlugs: new Map([['/docs/zh/docs/blogs/2023/other.md', 'other']]),
};
const from = '/docs/zh/docs/blogs/2024/post.md';

describe('resolveLink', () => {
  it.each([
    ['a documentation page', '../../install/index.md', 'https://docs.example.com/install/index.html'],
    ['a documentation page with an anchor', '../../dce/license0.md#free', 'https://docs.example.com/dce/license0.html#free'],
    ['a site-absolute path', '/download/', 'https://docs.example.com/download/'],
    ['a file beside the docs', '../../files/a b.pdf', 'https://docs.example.com/files/a%20b.pdf'],
  ])('points %s where it now lives', (_name, url, expected) => {
    expect(resolveLink(url, from, site)).toEqual({ url: expected, rewritten: true });
  });

  it('points an imported post, with its anchor, at our URL, and says which post it is', () => {
    expect(resolveLink('../2023/other.md#小节', from, site)).toEqual({ url: '/zh/blogs/other#小节', rewritten: true, post: '/docs/zh/docs/blogs/2023/other.md' });
  });

  it.each(['https://example.com/x', 'mailto:a@example.com', '#section', '//cdn.example.com/x'])('keeps %s as it is', (url) => {
    expect(resolveLink(url, from, site)).toEqual({ url, rewritten: false });
  });

  it('drops a documentation link when the site’s address is unknown, saying which option keeps it', () => {
    expect(resolveLink('../../install/index.md', from, { ...site, baseUrl: undefined })).toEqual({ dropped: 'link ../../install/index.md is a documentation page (give --zh-url to keep it)' });
  });

  it('drops a link that leaves the docs folder', () => {
    expect(resolveLink('../../../../../etc/passwd', from, site)).toEqual({ dropped: 'link ../../../../../etc/passwd points outside the docs folder' });
  });
});

describe('publishedPath', () => {
  it('follows use_directory_urls: false by default and true on request', () => {
    expect(publishedPath('install/index.md', false)).toBe('install/index.html');
    expect(publishedPath('install/index.md', true)).toBe('install/');
    expect(publishedPath('dce/license0.md', true)).toBe('dce/license0/');
    expect(publishedPath('index.md', true)).toBe('');
  });
});
