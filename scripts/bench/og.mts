import { performance } from 'node:perf_hooks';
import { createElement } from 'react';
import { ImageResponse } from 'next/og';
import { renderOgImage } from '@/lib/og/render';
import { ogImageSize } from '@/lib/og/format';
import { median, type Row } from './report.mts';

const RUNS = 9;

const cards = {
  zh: { siteName: 'DaoCloud 博客', title: 'DCE 研发背景：裸金属容器与基于虚拟机的容器', details: ['博客', '2022年10月8日', 'Michael Yao'], lang: 'zh-CN' },
  en: { siteName: 'DaoCloud Blog', title: 'DCE: Research and Development Background', details: ['Blog', 'October 8, 2022', 'Michael Yao'], lang: 'en' },
};

/** The reference: the same English text drawn by next/og with its built-in Latin font and no layout of ours. */
function referenceImage(): ImageResponse {
  const style = { display: 'flex', width: '100%', height: '100%', padding: 72, fontSize: 68, background: '#0b1f3a', color: '#fff' };
  return new ImageResponse(createElement('div', { style }, cards.en.title), ogImageSize);
}

async function time(draw: () => ImageResponse): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const bytes = (await draw().arrayBuffer()).byteLength;
  return { ms: performance.now() - start, bytes };
}

/** Render time per image and PNG size, for a Chinese and an English title, A B A B with the reference. */
export async function benchSocialImages(): Promise<Row[]> {
  const cold = await time(() => renderOgImage(cards.zh));
  await time(referenceImage);
  const samples = { zh: [] as number[], en: [] as number[], reference: [] as number[] };
  const bytes = { zh: 0, en: 0, reference: 0 };
  for (let run = 0; run < RUNS; run++) {
    for (const key of ['zh', 'reference', 'en', 'reference'] as const) {
      const result = await time(key === 'reference' ? referenceImage : () => renderOgImage(cards[key]));
      samples[key].push(result.ms);
      bytes[key] = result.bytes;
    }
  }
  const reference = (value: number) => ({ value, name: 'next/og, built-in font, English' });
  return [
    { group: 'social images', measure: 'first render in a process, Chinese title, incl. font parsing', unit: 'ms', ours: cold.ms },
    { group: 'social images', measure: 'render, Chinese title, median', unit: 'ms', ours: median(samples.zh), reference: reference(median(samples.reference)) },
    { group: 'social images', measure: 'render, English title, median', unit: 'ms', ours: median(samples.en), reference: reference(median(samples.reference)) },
    { group: 'social images', measure: 'PNG size, Chinese title', unit: 'bytes', ours: bytes.zh, reference: reference(bytes.reference) },
    { group: 'social images', measure: 'PNG size, English title', unit: 'bytes', ours: bytes.en, reference: reference(bytes.reference) },
  ];
}
