/** Facts about the site that do not depend on the locale. */
export const site = {
  /** Absolute base of every URL in <head>, feeds and the sitemap. */
  url: new URL(process.env.SITE_URL ?? 'http://localhost:3000'),
} as const;
