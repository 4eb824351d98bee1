// Security headers for every response, and the Content-Security-Policy of the
// HTML pages. CommonJS so next.config.js and the post-build script share it.

const { NO_REMOTE_MEDIA } = require('./media-hosts.cjs');

/**
 * What the site loads: its own scripts, styles, images (SVG data URIs in CSS too),
 * video and search, plus the images and videos that posts load from
 * other hosts (`remoteMedia`, read from the posts by media-hosts.cjs) and no others.
 * 'wasm-unsafe-eval' lets search compile its WebAssembly (Pagefind, served from
 * /pagefind/); it allows no eval() of JavaScript. Search's worker comes from
 * 'self', which script-src already admits.
 */
function contentSecurityPolicy(scriptSources, remoteMedia = NO_REMOTE_MEDIA, styleSources = []) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptSources.join(' ')}`.trim(),
    `style-src 'self' ${styleSources.join(' ')}`.trim(),
    // React and the slider set style attributes (aspect ratio, split position).
    "style-src-attr 'unsafe-inline'",
    ["img-src 'self' data:", ...remoteMedia.img].join(' '),
    ["media-src 'self'", ...remoteMedia.media].join(' '),
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The policy of every response. Prerendered pages also get a second policy
 * listing the SHA-256 of each of their inline scripts (Next.js streams its page
 * data in inline scripts), written into the page's prerender metadata after the
 * build; browsers enforce both, so there only those scripts run. Every HTML
 * page, the 404 page included, is prerendered; this one alone would decide only
 * for a page rendered on request.
 */
function commonPolicy(remoteMedia = NO_REMOTE_MEDIA) {
  return contentSecurityPolicy(["'unsafe-inline'"], remoteMedia);
}

/**
 * The policy under `next dev` only: React's development build needs eval() to
 * rebuild server stack traces, and Next's error overlay styles itself inline.
 * Under the production policy the overlay came up unstyled and led with an
 * eval() complaint instead of the post's error, so a writer could miss it.
 */
function developmentPolicy(remoteMedia = NO_REMOTE_MEDIA) {
  return contentSecurityPolicy(["'unsafe-inline'", "'unsafe-eval'"], remoteMedia, ["'unsafe-inline'"]);
}

const commonHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()' },
];

module.exports = { contentSecurityPolicy, commonPolicy, developmentPolicy, commonHeaders };
