import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Locale } from '@/i18n/routing';
import type { Pagefind, PagefindData, PagefindResult } from '@/lib/search/pagefind';
import { loadPagefind } from '@/lib/search/pagefind';
import Search from '@/components/Search';
import { polyfillDialog } from '../helpers/dialog';
import { renderIn } from '../helpers/intl';

// Pagefind's script is served by the built site; here a stand-in with its API
// searches three articles by substring (the real engine is tested in __tests__/scripts/search-index.test.ts).
jest.mock('@/lib/search/pagefind', () => ({ ...jest.requireActual('@/lib/search/pagefind'), loadPagefind: jest.fn() }));
const loadMock = loadPagefind as jest.MockedFunction<typeof loadPagefind>;

type Article = { url: string; title: string; sections: { id?: string; heading?: string; text: string }[] };
const articles: Article[] = [
  { url: '/en/blogs/k8s', title: 'Kubernetes in production', sections: [{ text: 'Why Kubernetes.' }, { id: 'clusters', heading: 'Clusters', text: 'Running Kubernetes clusters on bare metal.' }] },
  { url: '/en/blogs/containers', title: 'Container basics', sections: [{ text: 'Containers and Kubernetes, explained.' }] },
  { url: '/zh/blogs/dce', title: 'DCE 研发背景', sections: [{ id: '容器-vs-虚拟化', heading: '容器 vs 虚拟化', text: '企业们开始尝试将容器直接部署在物理机上，也称为裸金属容器。' }] },
];

const markIn = (text: string, words: string[]) => words.reduce((html, word) => html.replace(new RegExp(`(${word})`, 'gi'), '<mark>$1</mark>'), text);

function fakePagefind(): Pagefind {
  return {
    options: async () => undefined,
    search: async (query) => {
      const exact = /^".*"$/.test(query);
      const words = exact ? [query.slice(1, -1)] : query.split(/\s+/).filter(Boolean);
      const results: PagefindResult[] = articles
        .filter((article) => words.every((word) => article.sections.some((section) => `${section.heading ?? ''} ${section.text}`.toLowerCase().includes(word.toLowerCase()))))
        .map((article) => ({
          id: article.url,
          score: 1,
          data: async (): Promise<PagefindData> => {
            const sub_results = article.sections
              .filter((section) => words.some((word) => section.text.toLowerCase().includes(word.toLowerCase())))
              .map((section) => ({
                title: section.heading ?? article.title,
                url: section.id ? `${article.url}#${encodeURIComponent(section.id)}` : article.url,
                excerpt: markIn(section.text, words),
                anchor: section.id ? { element: 'h2', id: section.id, text: section.heading!, location: 1 } : undefined,
                weighted_locations: [{ weight: 1, balanced_score: 1, location: 1 }],
              }));
            return { url: article.url, excerpt: sub_results[0]?.excerpt ?? '', meta: { title: article.title }, sub_results };
          },
        }));
      return { results };
    },
  };
}

beforeAll(polyfillDialog);

function respondWith(ok = true) {
  loadMock.mockImplementation(async () => {
    if (!ok) throw new Error('/pagefind/pagefind.js: 404');
    return fakePagefind();
  });
}

beforeEach(() => {
  loadMock.mockReset();
  respondWith();
});

/** Lets pending loads and searches arrive, inside act, before the test goes on or ends. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

function setup(locale: Locale = 'en') {
  renderIn(locale, <Search locale={locale} />);
  return {
    opener: screen.getByRole('button', { name: locale === 'en' ? 'Search' : '搜索' }),
    dialog: () => screen.queryByRole('dialog'),
    input: () => screen.getByRole('combobox'),
  };
}

/** Opens with the button and types a query once search has loaded. */
async function openAndType(query: string, locale: Locale = 'en') {
  const view = setup(locale);
  fireEvent.click(view.opener);
  await settle();
  fireEvent.change(view.input(), { target: { value: query } });
  await settle();
  return view;
}

describe('Search', () => {
  it('renders a button that names its shortcut, and fetches nothing on page load', () => {
    const { opener, dialog } = setup();
    expect(opener).toHaveAttribute('aria-haspopup', 'dialog');
    expect(opener).toHaveAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
    expect(opener).toHaveAccessibleDescription('Press / or Ctrl+K to search');
    expect(dialog()).not.toBeInTheDocument();
    expect(loadMock).not.toHaveBeenCalled();
  });

  it('opens a named modal dialog from the button, focuses the combobox and loads search once', async () => {
    const { opener, input } = setup('zh');
    fireEvent.click(opener);
    expect(screen.getByRole('dialog', { name: '搜索文章' })).toHaveAttribute('open');
    expect(input()).toHaveFocus();
    expect(input()).toHaveAccessibleName('搜索关键词');
    expect(input()).toHaveAttribute('placeholder', '搜索标题、小节和正文…');
    expect(loadMock).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status')).toHaveTextContent('正在载入搜索索引…');
    await waitFor(() => expect(screen.getByRole('status')).toBeEmptyDOMElement());
    fireEvent.keyDown(input(), { key: 'Escape' });
    fireEvent.click(opener);
    expect(loadMock).toHaveBeenCalledTimes(1);
  });

  it('opens with "/" but not while the reader types "/" in a field', async () => {
    const { dialog } = setup();
    const field = document.body.appendChild(document.createElement('textarea'));
    fireEvent.keyDown(field, { key: '/' });
    expect(dialog()).not.toBeInTheDocument();
    expect(loadMock).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(dialog()).toBeInTheDocument();
    expect(loadMock).toHaveBeenCalledTimes(1);
    field.remove();
    await settle();
  });

  it.each([{ ctrlKey: true }, { metaKey: true }])('opens with Ctrl+K or Cmd+K (%o), even from a field', async (modifier) => {
    const { dialog } = setup();
    const field = document.body.appendChild(document.createElement('input'));
    const event = fireEvent.keyDown(field, { key: 'k', ...modifier });
    expect(event).toBe(false);
    expect(dialog()).toBeInTheDocument();
    field.remove();
    await settle();
  });

  it('does not open on a plain "k" or with Alt', () => {
    const { dialog } = setup();
    fireEvent.keyDown(document.body, { key: 'k' });
    fireEvent.keyDown(document.body, { key: '/', altKey: true });
    expect(dialog()).not.toBeInTheDocument();
  });

  it('shows a section per option, titled with the article and its heading, linking to the heading with the words to mark', async () => {
    const { input } = await openAndType('clusters');
    const options = await screen.findAllByRole('option');
    expect(options.map((option) => option.getAttribute('href'))).toEqual(['/en/blogs/k8s?highlight=clusters#clusters']);
    expect(options[0]).toHaveTextContent('Kubernetes in production');
    expect(options[0]).toHaveTextContent('Clusters');
    expect([...options[0].querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['clusters']);
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    expect(input()).toHaveAttribute('aria-controls', screen.getByRole('listbox').id);
  });

  it('finds Chinese text and announces the count in Chinese', async () => {
    await openAndType('裸金属', 'zh');
    const [option] = await screen.findAllByRole('option');
    expect(option).toHaveTextContent('DCE 研发背景');
    expect(option).toHaveTextContent('容器 vs 虚拟化');
    expect(option.getAttribute('href')).toBe(`/zh/blogs/dce?highlight=${encodeURIComponent('裸金属')}#${encodeURIComponent('容器-vs-虚拟化')}`);
    expect(option.querySelector('mark')).toHaveTextContent('裸金属');
    expect(screen.getByRole('status')).toHaveTextContent('找到 1 条结果');
  });

  it('does not search the Latin letters of an unfinished Chinese IME composition', async () => {
    const { input } = await openAndType('', 'zh');
    fireEvent.compositionStart(input());
    fireEvent.input(input(), { target: { value: 'luo jin shu' }, isComposing: true });
    expect(input()).toHaveValue('luo jin shu');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    fireEvent.input(input(), { target: { value: '裸金属' }, isComposing: true });
    await settle();
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    fireEvent.compositionEnd(input());
    expect(await screen.findByRole('option')).toHaveTextContent('DCE 研发背景');
    expect(screen.getByRole('status')).toHaveTextContent('找到 1 条结果');
  });

  it('announces the number of results politely, in the right plural form', async () => {
    const { input } = await openAndType('kubernetes');
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(status).toHaveTextContent('2 results'));
    fireEvent.change(input(), { target: { value: 'metal' } });
    await waitFor(() => expect(status).toHaveTextContent('1 result'));
    expect(status).not.toHaveTextContent('results');
  });

  it('announces when nothing is found', async () => {
    const { input } = await openAndType('xyzzy');
    expect(screen.getByRole('status')).toHaveTextContent('Nothing found for “xyzzy”.');
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(input()).not.toHaveAttribute('aria-activedescendant');
  });

  it('moves the active option with the arrow keys, wrapping around', async () => {
    const { input } = await openAndType('kubernetes');
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(3);
    const active = () => input().getAttribute('aria-activedescendant');
    expect(active()).toBe(options[0].id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    expect(active()).toBe(options[1].id);
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    expect(active()).toBe(options[0].id);
    fireEvent.keyDown(input(), { key: 'ArrowUp' });
    expect(active()).toBe(options[2].id);
  });

  it('follows the active option’s link on Enter, but not while an IME composition is confirmed', async () => {
    const { input } = await openAndType('kubernetes');
    await screen.findAllByRole('option');
    const followed: string[] = [];
    const follow = (event: MouseEvent) => {
      followed.push((event.target as HTMLElement).closest('a')!.getAttribute('href')!);
      event.preventDefault(); // jsdom cannot navigate
    };
    document.addEventListener('click', follow);
    fireEvent.keyDown(input(), { key: 'Enter', isComposing: true });
    expect(followed).toEqual([]);
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    fireEvent.keyDown(input(), { key: 'Enter' });
    document.removeEventListener('click', follow);
    expect(followed).toEqual([screen.getAllByRole('option')[1].getAttribute('href')]);
  });

  it('closes on Escape and gives focus back to the button', async () => {
    const { opener, dialog, input } = setup();
    opener.focus();
    fireEvent.click(opener);
    expect(input()).toHaveFocus();
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(dialog()).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    await settle();
  });

  it('gives focus back to what had it when opened with the keyboard', async () => {
    const { dialog, input } = setup();
    const link = document.body.appendChild(document.createElement('a'));
    link.href = '/elsewhere';
    link.focus();
    fireEvent.keyDown(link, { key: '/' });
    expect(input()).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(dialog()).not.toBeInTheDocument();
    expect(link).toHaveFocus();
    link.remove();
    await settle();
  });

  it('says so when the index cannot be loaded, and tries again on the next opening', async () => {
    respondWith(false);
    const { opener, input } = setup();
    fireEvent.click(opener);
    expect(await screen.findByText('The search index could not be loaded. Please try again later.')).toBeInTheDocument();
    await settle();
    fireEvent.keyDown(input(), { key: 'Escape' });
    respondWith(true);
    fireEvent.click(opener);
    expect(loadMock).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.getByRole('status')).toBeEmptyDOMElement());
  });
});
