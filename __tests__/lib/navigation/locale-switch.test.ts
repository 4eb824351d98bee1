import { localeSwitchTargets } from '@/lib/navigation/locale-switch';

describe('localeSwitchTargets', () => {
  it('leads to the translation, labelled in its own language', async () => {
    expect(await localeSwitchTargets('zh', { zh: '/zh/blogs/a', en: '/en/blogs/a' })).toEqual([
      { locale: 'en', lang: 'en', href: '/en/blogs/a', label: 'English', translated: true },
    ]);
    expect(await localeSwitchTargets('en', { zh: '/zh/blogs/a', en: '/en/blogs/a' })).toEqual([
      { locale: 'zh', lang: 'zh-CN', href: '/zh/blogs/a', label: '中文', translated: true },
    ]);
  });

  it('leads to the other home page, saying so in that language, when there is no translation', async () => {
    expect(await localeSwitchTargets('zh', { zh: '/zh/blogs/a' })).toEqual([
      { locale: 'en', lang: 'en', href: '/en', label: 'Not available in English yet: go to the English home page', translated: false },
    ]);
    expect(await localeSwitchTargets('en', { en: '/en/blogs/b' })).toEqual([
      { locale: 'zh', lang: 'zh-CN', href: '/zh', label: '本文暂无中文版，前往中文首页', translated: false },
    ]);
  });
});
