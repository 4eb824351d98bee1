/** The web address of the repository that holds the site's source, and the branch it is published from. */
export type Repository = { url: string; branch: string };

export class RepositorySettingError extends Error {
  override name = 'RepositorySettingError';
}

/**
 * The repository from SITE_REPOSITORY_URL (its web address, such as
 * https://github.com/owner/repo) and SITE_REPOSITORY_BRANCH (default `main`).
 * No URL means no repository: the site is not told where its source is, so it links to none.
 */
export function repositoryFrom(env: Record<string, string | undefined>): Repository | undefined {
  const given = env.SITE_REPOSITORY_URL?.trim();
  if (!given) return undefined;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new RepositorySettingError(`SITE_REPOSITORY_URL: expected the repository's web address, such as https://github.com/owner/repo (got "${given}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new RepositorySettingError(`SITE_REPOSITORY_URL: expected an http or https address (got "${given}")`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new RepositorySettingError(`SITE_REPOSITORY_URL: expected the repository's address alone, without a query, fragment or credentials (got "${given}")`);
  }
  const branch = env.SITE_REPOSITORY_BRANCH?.trim() || 'main';
  // Git refuses these in branch names; one would make a broken link.
  if (/[\s~^:?*[\\]|\.\.|^\/|\/$/.test(branch)) {
    throw new RepositorySettingError(`SITE_REPOSITORY_BRANCH: "${branch}" is not a branch name`);
  }
  // A trailing slash or ".git" (a clone address pasted as is) would break the paths built on it.
  return { url: url.toString().replace(/\/+$/, '').replace(/\.git$/, ''), branch };
}

/**
 * The page on which a file of the repository is edited in the browser, in
 * GitHub's layout (`<url>/edit/<branch>/<path>`), which GitHub and GitHub
 * Enterprise Server share. Undefined when there is no repository or no path.
 */
export function editUrl(repository: Repository | undefined, path: string | undefined): string | undefined {
  if (!repository || !path) return undefined;
  const encode = (value: string) => value.split('/').map(encodeURIComponent).join('/');
  return `${repository.url}/edit/${encode(repository.branch)}/${encode(path)}`;
}
