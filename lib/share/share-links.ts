/** The sites a reader can share an article on with a plain link. */
export const shareNetworks = ['x', 'linkedin', 'weibo'] as const;
export type ShareNetwork = (typeof shareNetworks)[number];

export type ShareLink = { network: ShareNetwork; href: string };

/** `?a=1&b=2` with each value percent-encoded (a space as %20, which every one of these sites reads). */
function query(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

/**
 * Each network's own share page for an article: a link, so no script or
 * tracker of theirs is loaded here, and the article's URL goes as given
 * (the canonical URL: no campaign or tracking parameters are added).
 * LinkedIn takes the URL alone and reads the title from the page's Open Graph tags.
 */
export function shareLinks(url: string, title: string): ShareLink[] {
  const hrefs: Record<ShareNetwork, string> = {
    x: `https://x.com/intent/post?${query({ text: title, url })}`,
    linkedin: `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}`,
    weibo: `https://service.weibo.com/share/share.php?${query({ url, title })}`,
  };
  return shareNetworks.map((network) => ({ network, href: hrefs[network] }));
}
