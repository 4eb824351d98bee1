/** @jest-environment node */
import { editUrl, repositoryFrom } from '@/lib/repository';

describe('repositoryFrom', () => {
  it('is absent without SITE_REPOSITORY_URL', () => {
    expect(repositoryFrom({})).toBeUndefined();
    expect(repositoryFrom({ SITE_REPOSITORY_URL: '  ', SITE_REPOSITORY_BRANCH: 'main' })).toBeUndefined();
  });

  it('reads the web address and the branch, main by default', () => {
    expect(repositoryFrom({ SITE_REPOSITORY_URL: 'https://github.com/DaoCloud/blog' })).toEqual({ url: 'https://github.com/DaoCloud/blog', branch: 'main' });
    expect(repositoryFrom({ SITE_REPOSITORY_URL: 'https://github.com/DaoCloud/blog', SITE_REPOSITORY_BRANCH: 'release/2026' })).toEqual({
      url: 'https://github.com/DaoCloud/blog',
      branch: 'release/2026',
    });
  });

  it('drops a trailing slash or .git, as pasted from the clone button', () => {
    expect(repositoryFrom({ SITE_REPOSITORY_URL: 'https://github.com/DaoCloud/blog/' })?.url).toBe('https://github.com/DaoCloud/blog');
    expect(repositoryFrom({ SITE_REPOSITORY_URL: 'https://github.com/DaoCloud/blog.git' })?.url).toBe('https://github.com/DaoCloud/blog');
  });

  it('names the setting and the value it cannot use', () => {
    expect(() => repositoryFrom({ SITE_REPOSITORY_URL: 'github.com/DaoCloud/blog' })).toThrow(/^SITE_REPOSITORY_URL: .*"github\.com\/DaoCloud\/blog"/);
    expect(() => repositoryFrom({ SITE_REPOSITORY_URL: 'git@github.com:DaoCloud/blog.git' })).toThrow(/SITE_REPOSITORY_URL/);
    expect(() => repositoryFrom({ SITE_REPOSITORY_URL: 'javascript:alert(1)' })).toThrow(/SITE_REPOSITORY_URL: expected an http or https address/);
    expect(() => repositoryFrom({ SITE_REPOSITORY_URL: 'https://github.com/DaoCloud/blog?tab=readme' })).toThrow(/without a query/);
    expect(() => repositoryFrom({ SITE_REPOSITORY_URL: 'https://github.com/x/y', SITE_REPOSITORY_BRANCH: 'bad branch' })).toThrow(
      'SITE_REPOSITORY_BRANCH: "bad branch" is not a branch name',
    );
  });
});

describe('editUrl', () => {
  const repository = { url: 'https://github.com/DaoCloud/blog', branch: 'main' };

  it("is GitHub's edit page of the file on the branch", () => {
    expect(editUrl(repository, 'posts/221008-dce-bg/zh.mdx')).toBe('https://github.com/DaoCloud/blog/edit/main/posts/221008-dce-bg/zh.mdx');
  });

  it('keeps the slashes of a branch and encodes what a URL cannot hold', () => {
    expect(editUrl({ ...repository, branch: 'docs/新' }, 'posts/a b/en.mdx')).toBe('https://github.com/DaoCloud/blog/edit/docs/%E6%96%B0/posts/a%20b/en.mdx');
  });

  it('is absent without a repository or without a file in it', () => {
    expect(editUrl(undefined, 'posts/x/zh.mdx')).toBeUndefined();
    expect(editUrl(repository, undefined)).toBeUndefined();
  });
});
