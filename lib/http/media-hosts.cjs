// The other hosts the posts load images and videos from, for the
// Content-Security-Policy's img-src and media-src. Read from the posts at
// build time by next.config.js and scripts/csp-hashes.mjs, so the policy
// admits exactly those hosts. CommonJS, like security-headers.cjs.
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

/** @typedef {{ img: string[], media: string[] }} RemoteMedia Origins such as https://docs.daocloud.io, sorted. */

/** @type {RemoteMedia} */
const NO_REMOTE_MEDIA = Object.freeze({ img: [], media: [] });

/**
 * The posts folder, as the post store finds it (lib/content/posts.ts): POSTS_DIR, else posts/.
 * @param {Record<string, string | undefined>} [env]
 * @param {string} [root]
 */
function postsDirectory(env = process.env, root = process.cwd()) {
  return env.POSTS_DIR ? resolve(root, env.POSTS_DIR) : join(root, 'posts');
}

// Elements and the attributes that load an image (img) or a video (media).
const MEDIA_ATTRIBUTES = {
  Figure: { src: 'img' },
  ImageCompare: { beforeSrc: 'img', afterSrc: 'img' },
  img: { src: 'img' },
  video: { src: 'media', poster: 'img' },
};
const TAG = /<(Figure|ImageCompare|img|video)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
// ![alt](url "title") and ![alt][label], ![label][], ![label]; [label]: url
const INLINE_IMAGE = /!\[(?:[^\]\\]|\\.)*\]\(\s*<?([^\s)>]+)/g;
const REFERENCE_IMAGE = /!\[((?:[^\]\\]|\\.)*)\](?:\[((?:[^\]\\]|\\.)*)\])?/g;
const DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.)+)\]:\s*<?([^\s>]+)/gm;

/** Text that is shown, not loaded: front matter, fenced code and code spans. */
function withoutCode(source) {
  return source
    .replace(/^---\n[\s\S]*?\n---(?:\n|$)/, '')
    .replace(/^[ \t]*((`|~)\2{2,})[^\n]*[\s\S]*?(?:\n[ \t]*\1\2*[ \t]*(?=\n|(?![\s\S]))|(?![\s\S]))/gm, '')
    // A code span ends in its paragraph.
    .replace(/(`+)(?!`)(?:[^\n]|\n(?![ \t]*\n))*?[^`]\1(?!`)/g, '');
}

/**
 * The https URLs a post loads as images or videos: the src of <Figure>,
 * <img> and <video> (and <ImageCompare>'s two images and a video's poster),
 * and Markdown images. Links, code and text are not looked at.
 * @param {string} source
 * @returns {{ img: string[], media: string[] }}
 */
function mediaUrls(source) {
  const found = { img: [], media: [] };
  const text = withoutCode(source);
  const add = (kind, url) => {
    if (/^https:\/\//i.test(url)) found[kind].push(url);
  };
  for (const [, name, attributes] of text.matchAll(TAG)) {
    for (const [, attribute, double, single] of attributes.matchAll(ATTRIBUTE)) {
      const kind = MEDIA_ATTRIBUTES[name][attribute];
      if (kind) add(kind, double ?? single);
    }
  }
  for (const [, url] of text.matchAll(INLINE_IMAGE)) add('img', url);
  const definitions = new Map();
  for (const [, label, url] of text.matchAll(DEFINITION)) {
    const key = normalizeLabel(label);
    if (!definitions.has(key)) definitions.set(key, url);
  }
  for (const match of text.matchAll(REFERENCE_IMAGE)) {
    // An inline image ![alt](url) is followed by "(", and was read above.
    if (text[match.index + match[0].length] === '(' && match[2] === undefined) continue;
    const url = definitions.get(normalizeLabel(match[2] || match[1]));
    if (url) add('img', url);
  }
  return found;
}

function normalizeLabel(label) {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

function mdxFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return entry.isFile() && entry.name.endsWith('.mdx') ? [path] : [];
  });
}

/**
 * The origins (scheme, host and port) the posts in `postsDir` load images and
 * videos from, sorted; none for a folder that does not exist.
 * @param {string} postsDir
 * @returns {RemoteMedia}
 */
function remoteMediaOrigins(postsDir) {
  if (!existsSync(postsDir)) return NO_REMOTE_MEDIA;
  const origins = { img: new Set(), media: new Set() };
  for (const file of mdxFiles(postsDir)) {
    const urls = mediaUrls(readFileSync(file, 'utf8'));
    for (const kind of ['img', 'media']) {
      for (const url of urls[kind]) {
        try {
          origins[kind].add(new URL(url).origin);
        } catch {
          // Not a URL; the post's own checks report it.
        }
      }
    }
  }
  return { img: [...origins.img].sort(), media: [...origins.media].sort() };
}

module.exports = { NO_REMOTE_MEDIA, postsDirectory, mediaUrls, remoteMediaOrigins };
