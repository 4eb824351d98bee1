// Gives every prerendered HTML page a Content-Security-Policy that allows
// exactly its own inline scripts, by their SHA-256, and no others. The policy
// goes into the page's prerender metadata (<page>.meta), whose headers the
// server sends with the page.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { htmlFiles } from './lib/html-files.mjs';

const require = createRequire(import.meta.url);
const { contentSecurityPolicy } = require('../lib/http/security-headers.cjs');
const { NO_REMOTE_MEDIA } = require('../lib/http/media-hosts.cjs');

/** The 'sha256-...' source of every inline script of an HTML document (data blocks such as JSON-LD are not scripts). */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = /\btype="([^"]*)"/i.exec(match[1])?.[1];
    if (type && !/^(?:text|application)\/(?:java|ecma)script$|^module$/i.test(type)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(match[2], 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}


/**
 * Writes the policy of each prerendered page of a build's server output, with the
 * image and video hosts of the posts (lib/http/media-hosts.cjs); returns how many pages it covered.
 */
export function applyCsp(serverAppDir, remoteMedia = NO_REMOTE_MEDIA) {
  let pages = 0;
  for (const htmlPath of htmlFiles(serverAppDir)) {
    const metaPath = htmlPath.replace(/\.html$/, '.meta');
    if (!existsSync(metaPath)) continue;
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    meta.headers = { ...meta.headers, 'content-security-policy': contentSecurityPolicy(inlineScriptHashes(readFileSync(htmlPath, 'utf8')), remoteMedia) };
    writeFileSync(metaPath, JSON.stringify(meta, null, 2));
    pages++;
  }
  return pages;
}
