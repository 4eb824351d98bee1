import type { PostMeta } from '@/lib/content/posts';

export function samplePost(overrides: Partial<PostMeta> = {}): PostMeta {
  return {
    slug: '221008-dce-bg',
    locale: 'zh',
    file: 'posts/221008-dce-bg/zh.mdx',
    title: 'DCE 研发背景',
    date: '2022-10-08',
    description: '描述',
    categories: ['blog'],
    authors: ['windsonsea'],
    tags: [],
    draft: false,
    readingMinutes: 9,
    excerpt: '时下元宇宙概念方兴未艾…',
    ...overrides,
  };
}
