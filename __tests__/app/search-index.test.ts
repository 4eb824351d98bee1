/** @jest-environment node */
import { dynamic, dynamicParams, generateStaticParams, GET } from '@/app/[locale]/search-index.json/route';

const get = (locale: string) => GET(new Request(`http://localhost/${locale}/search-index.json`), { params: Promise.resolve({ locale }) });

describe('/[locale]/search-index.json', () => {
  it('is prerendered for every locale and nothing else', () => {
    expect(dynamic).toBe('force-static');
    expect(dynamicParams).toBe(false);
    expect(generateStaticParams()).toEqual([{ locale: 'zh' }, { locale: 'en' }]);
  });

  it.each(['zh', 'en'])('serves the %s index as JSON', async (locale) => {
    const response = await get(locale);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const index = await response.json();
    expect(index.version).toBe(1);
    expect(index.docs.map((doc: { url: string }) => doc.url)).toContain(`/${locale}/blogs/221008-dce-bg`);
  });

  it('answers 404 for anything that is not a locale', async () => {
    expect((await get('fr')).status).toBe(404);
  });
});
