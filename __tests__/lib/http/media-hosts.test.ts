/** @jest-environment node */
import { join } from 'node:path';
import { mediaUrls, postsDirectory, remoteMediaOrigins } from '@/lib/http/media-hosts.cjs';
import { writePosts } from '../../helpers/write-posts';

const POST = [
  '---',
  'title: "x"',
  '---',
  '',
  '![diagram](https://docs.daocloud.io/daocloud-docs-images/docs/images/a.png "DCE")',
  '',
  'See [the docs](https://docs.daocloud.io/en/) and <https://links.example.com/>, or [a page][site].',
  '',
  '<Figure src="https://img.example.com/b.png" alt="a > b" />',
  '',
  '<img src="https://raw.example.com/c.png" alt="" />',
  '',
  '<video src="https://video.example.com/d.mp4" poster="https://poster.example.com/e.jpg" controls />',
  '',
  '<ImageCompare beforeSrc="https://before.example.com/f.png" afterSrc="/images/g.png" />',
  '',
  '![logo][logo] ![local](/images/x.png) ![insecure](http://insecure.example.com/x.png)',
  '',
  '```html',
  '<img src="https://code.example.com/x.png">',
  '```',
  '',
  'Write `<video src="https://span.example.com/x.mp4">` for a video.',
  '',
  '[logo]: https://ref.example.com/logo.png',
  '[site]: https://site.example.com/',
  '',
].join('\n');

describe('mediaUrls', () => {
  it('takes images and videos, not links, code, local or plain http sources', () => {
    expect(mediaUrls(POST)).toEqual({
      img: [
        'https://img.example.com/b.png',
        'https://raw.example.com/c.png',
        'https://poster.example.com/e.jpg',
        'https://before.example.com/f.png',
        'https://docs.daocloud.io/daocloud-docs-images/docs/images/a.png',
        'https://ref.example.com/logo.png',
      ],
      media: ['https://video.example.com/d.mp4'],
    });
  });

  it('finds nothing in a post without remote media', () => {
    expect(mediaUrls('Text with [a link](https://example.com) and ![a picture](/images/a/b.svg).\n')).toEqual({ img: [], media: [] });
  });
});

describe('remoteMediaOrigins', () => {
  it('gives the origins the posts of a folder load from, each once, sorted', () => {
    const dir = writePosts({ 'a/zh.mdx': POST, 'a/en.mdx': '![x](https://docs.daocloud.io/other.png)\n', 'b/zh.mdx': '<video src="https://video.example.com:8443/v.mp4" />\n' });
    expect(remoteMediaOrigins(dir)).toEqual({
      img: [
        'https://before.example.com',
        'https://docs.daocloud.io',
        'https://img.example.com',
        'https://poster.example.com',
        'https://raw.example.com',
        'https://ref.example.com',
      ],
      media: ['https://video.example.com', 'https://video.example.com:8443'],
    });
  });

  it('gives none for a folder without remote media, or none at all', () => {
    expect(remoteMediaOrigins(writePosts({ 'a/zh.mdx': '![x](/images/a/x.png)\n' }))).toEqual({ img: [], media: [] });
    expect(remoteMediaOrigins('/no/such/folder')).toEqual({ img: [], media: [] });
  });

  it('reads the folder the post store reads: POSTS_DIR, else posts/', () => {
    expect(postsDirectory({ POSTS_DIR: '/tmp/p' }, '/site')).toBe('/tmp/p');
    expect(postsDirectory({ POSTS_DIR: 'fixtures' }, '/site')).toBe('/site/fixtures');
    expect(postsDirectory({}, '/site')).toBe(join('/site', 'posts'));
  });
});
