import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { imageDimensions } from '../media/image-dimensions';

export type Asset =
  | { kind: 'local'; src: string; width?: number; height?: number; from: 'copied' | 'downloaded' }
  | { kind: 'remote'; src: string; reason: string }
  | { kind: 'missing'; reason: string };

type Pending = { target: string; bytes: Buffer };

const MAX_DOWNLOAD = 25 * 1024 * 1024;

/**
 * A post's pictures and media, copied (or downloaded) to
 * `<public>/images/<slug>/`. Files of the two translations share a folder:
 * the same name with the same bytes is one file, the same name with other
 * bytes gets the language in its name (`a.en.png`). Nothing is written until
 * `commit`, so a post that fails leaves no files behind.
 */
export class PostAssets {
  private readonly names = new Map<string, string>();
  private readonly pending: Pending[] = [];

  constructor(
    private readonly publicDir: string,
    private readonly slug: string,
    private readonly downloads: Downloads | null,
  ) {}

  /** A local file (absolute path) or a remote URL, as it will be referenced from the post. */
  async add(source: string, locale: string): Promise<Asset> {
    if (/^https?:\/\//i.test(source)) {
      const fetched = this.downloads ? await this.downloads.get(source) : { error: 'downloads turned off (--offline)' };
      if ('error' in fetched) return { kind: 'remote', src: source, reason: fetched.error };
      return this.place(fetched.bytes, basename(new URL(source).pathname) || 'image', locale, 'downloaded');
    }
    if (!existsSync(source) || !statSync(source).isFile()) return { kind: 'missing', reason: 'file not found' };
    return this.place(readFileSync(source), basename(source), locale, 'copied');
  }

  /** Writes the files added so far. */
  commit() {
    for (const { target, bytes } of this.pending.splice(0)) {
      mkdirSync(join(target, '..'), { recursive: true });
      if (!existsSync(target) || !readFileSync(target).equals(bytes)) writeFileSync(target, bytes);
    }
  }

  private place(bytes: Buffer, name: string, locale: string, from: 'copied' | 'downloaded'): Asset {
    const safe = safeName(name);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const taken = this.names.get(safe);
    const fileName = !taken || taken === hash ? safe : `${safe.slice(0, -extname(safe).length || undefined)}.${locale}${extname(safe)}`;
    this.names.set(fileName, hash);
    const target = join(this.publicDir, 'images', this.slug, fileName);
    this.pending.push({ target, bytes });
    return { kind: 'local', src: `/${relative(this.publicDir, target).split(/[\\/]/).join('/')}`, from, ...imageDimensions(bytes) };
  }
}

/** Remote files fetched at most once per import; a host that does not answer is not asked again. */
export class Downloads {
  private readonly results = new Map<string, Promise<{ bytes: Buffer } | { error: string }>>();
  private readonly deadHosts = new Map<string, string>();

  constructor(private readonly timeoutMs = 8000) {}

  get(url: string) {
    let result = this.results.get(url);
    if (!result) this.results.set(url, (result = this.fetch(url)));
    return result;
  }

  private async fetch(url: string): Promise<{ bytes: Buffer } | { error: string }> {
    const host = new URL(url).host;
    const dead = this.deadHosts.get(host);
    if (dead) return { error: dead };
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs), redirect: 'follow' });
      if (!response.ok) return { error: `HTTP ${response.status}` };
      const type = response.headers.get('content-type') ?? '';
      if (!/^(image|video|audio)\//.test(type)) return { error: `not an image (${type || 'no content type'})` };
      const bytes = Buffer.from(await response.arrayBuffer());
      if (bytes.length > MAX_DOWNLOAD) return { error: 'larger than 25 MB' };
      return { bytes };
    } catch (error) {
      const reason = `unreachable (${(error as Error).cause ? String(((error as Error).cause as Error).message ?? (error as Error).cause) : (error as Error).message})`;
      this.deadHosts.set(host, reason);
      return { error: reason };
    }
  }
}

function safeName(name: string): string {
  const cleaned = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return cleaned && !cleaned.startsWith('.') ? cleaned : `file-${cleaned}`;
}
