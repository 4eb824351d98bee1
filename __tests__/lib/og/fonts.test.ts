/** @jest-environment node */
import { routing } from '@/i18n/routing';
import { loadMessages } from '@/i18n/messages';
import { postCard, siteCard } from '@/lib/og/cards';
import { missingGlyphs } from '@/lib/og/fonts';
import { getPosts } from '@/lib/content/posts';

describe('the social image font', () => {
  it('covers all of GB2312 (the 6,763 common simplified Chinese characters)', () => {
    const decoder = new TextDecoder('gb18030');
    const hanzi: string[] = [];
    // GB2312 rows 16-87 hold the hanzi; 0xD7FA-0xD7FE are unassigned.
    for (let row = 0xb0; row <= 0xf7; row++) {
      for (let cell = 0xa1; cell <= 0xfe; cell++) {
        if (row === 0xd7 && cell >= 0xfa) continue;
        hanzi.push(decoder.decode(new Uint8Array([row, cell])));
      }
    }
    expect(hanzi).toHaveLength(6763);
    expect(missingGlyphs(hanzi.join(''))).toEqual([]);
  });

  it.each(routing.locales)('draws every character of every %s post title, description and card line', async (locale) => {
    const posts = getPosts(locale);
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) {
      const card = await postCard(post);
      const text = [post.title, post.description, card.siteName, ...card.details].join('');
      expect({ file: post.file, missing: missingGlyphs(text) }).toEqual({ file: post.file, missing: [] });
    }
  });

  it.each(routing.locales)('draws every character of the %s site card and UI strings', async (locale) => {
    const card = await siteCard(locale);
    const messages = JSON.stringify(await loadMessages(locale)).replace(/[{}"\\[\]:,#<>/]/g, '');
    expect(missingGlyphs(card.title + card.siteName + messages)).toEqual([]);
  });
});
