import { CJK_CHARS_PER_MINUTE, LATIN_WORDS_PER_MINUTE, countLatinWords, readingMinutes } from '@/lib/content/reading-time';
import { countCjk } from '@/lib/content/cjk';

describe('reading time', () => {
  it('counts Chinese by characters, not by space-separated words', () => {
    const text = '容器是未来。'.repeat(200); // 1,200 characters, 1,000 of them Han
    expect(countCjk(text)).toBe(1000);
    expect(countLatinWords(text)).toBe(0);
    expect(readingMinutes(text)).toBe(Math.round(1000 / CJK_CHARS_PER_MINUTE));
  });

  it('counts English by words', () => {
    const text = Array.from({ length: 690 }, (_, i) => `word${i}`).join(' ');
    expect(countLatinWords(text)).toBe(690);
    expect(readingMinutes(text)).toBe(Math.round(690 / LATIN_WORDS_PER_MINUTE));
  });

  it('adds both for mixed text: Latin terms inside Chinese count as words', () => {
    const text = `${'部署 Kubernetes 集群'.repeat(100)}`; // 400 Han characters and 100 words
    expect(countCjk(text)).toBe(400);
    expect(countLatinWords(text)).toBe(100);
    expect(readingMinutes(text)).toBe(Math.round(400 / CJK_CHARS_PER_MINUTE + 100 / LATIN_WORDS_PER_MINUTE));
  });

  it('treats numbers and versions as one word each', () => {
    // Kubernetes, 1.26, and, DCE, 5.0, at, 99.99
    expect(countLatinWords('Kubernetes 1.26 and DCE 5.0 at 99.99%')).toBe(7);
  });

  it('is at least one minute', () => {
    expect(readingMinutes('短')).toBe(1);
    expect(readingMinutes('')).toBe(1);
  });

  it('reads a Chinese article several times faster per character than a word-based counter would suggest', () => {
    // A word counter sees this 1,200-character paragraph as a single "word".
    const paragraph = '云'.repeat(1200);
    expect(readingMinutes(paragraph)).toBe(3);
  });
});
