import { renderToString } from 'react-dom/server';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import Tab from '@/components/mdx/Tab';
import Tabs from '@/components/mdx/Tabs';
import { compilePost } from '../../helpers/mdx';
import { renderIn } from '../../helpers/intl';
import en from '@/messages/en.json';

// jsdom has no fetch Response, which shiki needs to load its grammars; these posts have no code.
jest.mock('@shikijs/rehype', () => ({ __esModule: true, default: () => () => {} }));

const SOURCE = ['CentOS', 'Ubuntu', 'Debian']
  .map((label) => `<Tab label="${label}">\n\nInstall on **${label}**.\n\n</Tab>`)
  .join('\n');

async function renderTabs(source = `<Tabs>\n${SOURCE}\n</Tabs>\n`) {
  renderIn('en', await compilePost(source));
}

const visiblePanels = () => screen.getAllByRole('tabpanel');

describe('Tabs from a post, in the browser', () => {
  it('is a tab list with the first tab selected and only its panel shown', async () => {
    await renderTabs();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['CentOS', 'Ubuntu', 'Debian']);
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('CentOS');
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
    expect(visiblePanels()).toHaveLength(1);
    const panel = screen.getByRole('tabpanel', { name: 'CentOS' });
    expect(panel).toHaveTextContent('Install on CentOS.');
    expect(tabs[0]).toHaveAttribute('aria-controls', panel.id);
    // The labels shown without JavaScript are gone.
    expect(document.querySelector('.label')).toBeNull();
  });

  it('selects a tab on click', async () => {
    await renderTabs();
    fireEvent.click(screen.getByRole('tab', { name: 'Debian' }));
    expect(screen.getByRole('tab', { name: 'Debian' })).toHaveAttribute('aria-selected', 'true');
    expect(visiblePanels()).toEqual([screen.getByRole('tabpanel', { name: 'Debian' })]);
  });

  it('moves with the arrow keys (wrapping), Home and End, selecting the focused tab', async () => {
    await renderTabs();
    const tab = (name: string) => screen.getByRole('tab', { name });
    tab('CentOS').focus();
    const press = (key: string, expected: string) => {
      fireEvent.keyDown(document.activeElement!, { key });
      expect(document.activeElement).toBe(tab(expected));
      expect(tab(expected)).toHaveAttribute('aria-selected', 'true');
      expect(tab(expected)).toHaveAttribute('tabindex', '0');
      expect(screen.getAllByRole('tab', { selected: true })).toHaveLength(1);
      expect(visiblePanels()).toEqual([screen.getByRole('tabpanel', { name: expected })]);
    };
    press('ArrowRight', 'Ubuntu');
    press('ArrowRight', 'Debian');
    press('ArrowRight', 'CentOS');
    press('ArrowLeft', 'Debian');
    press('Home', 'CentOS');
    press('End', 'Debian');
    press('ArrowLeft', 'Ubuntu');
  });

  it('hides the other panels until found, out of the tab order, and shows the one find in page matches in', async () => {
    await renderTabs();
    const panels = document.querySelectorAll('.panel');
    expect([...panels].map((panel) => panel.getAttribute('hidden'))).toEqual([null, 'until-found', 'until-found']);
    expect([...panels].map((panel) => panel.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    // Shown by the time the event returns, for the sender to measure or scroll to.
    let hiddenWhenSent: string | null = 'not sent';
    act(() => {
      panels[2].dispatchEvent(new Event('beforematch', { bubbles: true }));
      hiddenWhenSent = panels[2].getAttribute('hidden');
    });
    expect(hiddenWhenSent).toBeNull();
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('Debian');
    expect([...panels].map((panel) => panel.getAttribute('hidden'))).toEqual(['until-found', 'until-found', null]);
  });

  it('ignores other keys', async () => {
    await renderTabs();
    screen.getByRole('tab', { name: 'CentOS' }).focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('CentOS');
  });

  it('gives each group of a page its own ids', async () => {
    await renderTabs(`<Tabs>\n${SOURCE}\n</Tabs>\n\n<Tabs>\n${SOURCE}\n</Tabs>\n`);
    const ids = [...document.querySelectorAll('[role=tab], [role=tabpanel]')].map((element) => element.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    const [, second] = screen.getAllByRole('tablist');
    fireEvent.click(within(second).getByRole('tab', { name: 'Ubuntu' }));
    expect(screen.getAllByRole('tab', { selected: true }).map((tab) => tab.textContent)).toEqual(['CentOS', 'Ubuntu']);
  });
});

describe('Tabs and links to headings inside them', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  const source = '<Tabs>\n<Tab label="CentOS">\n\n## Yum notes\n\n</Tab>\n<Tab label="Ubuntu">\n\n## Apt notes\n\n</Tab>\n</Tabs>\n';

  it('show the panel of the heading the page address points to', async () => {
    window.location.hash = '#apt-notes';
    renderIn('en', await compilePost(source));
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('Ubuntu');
  });

  it('show the panel of a heading a link on the page leads to', async () => {
    renderIn('en', await compilePost(source));
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('CentOS');
    act(() => {
      window.location.hash = '#apt-notes';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('Ubuntu');
  });
});

describe('Tabs before and after hydration', () => {
  it('hydrate the server HTML, which shows every panel under its label, into tabs showing one panel', async () => {
    const ui = (
      <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
        {await compilePost(`<Tabs>\n${SOURCE}\n</Tabs>\n`)}
      </NextIntlClientProvider>
    );
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(ui);
    expect([...container.querySelectorAll('.label')].map((label) => label.textContent)).toEqual(['CentOS', 'Ubuntu', 'Debian']);
    expect(container.querySelectorAll('[role=tab], [hidden]')).toHaveLength(0);
    expect(container).toHaveTextContent(/Install on CentOS\.[\s\S]*Install on Ubuntu\.[\s\S]*Install on Debian\./);
    const errors = jest.spyOn(console, 'error');
    render(ui, { container, hydrate: true });
    expect(screen.getAllByRole('tab')).toHaveLength(3);
    expect(screen.getAllByRole('tabpanel')).toEqual([screen.getByRole('tabpanel', { name: 'CentOS' })]);
    expect(container.querySelector('.label')).toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('Tabs used wrongly', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => {}));

  it('fails the compile-time check for a tab without a label', async () => {
    await expect(compilePost('<Tabs>\n<Tab>\n\nx\n\n</Tab>\n</Tabs>\n')).rejects.toThrow(/line 2: <Tab> label: expected a label for the tab/);
  });

  it.each([
    ['a paragraph', '<Tabs>\n\nloose text\n\n<Tab label="a">\n\nx\n\n</Tab>\n</Tabs>\n', /line 1: <Tabs> may contain only <Tab label="..."> elements, each on lines of its own, but contains a Markdown paragraph/],
    ['another component', '<Tabs>\n<Admonition>\n\nx\n\n</Admonition>\n</Tabs>\n', /<Tabs> may contain only <Tab label="..."> elements, each on lines of its own, but contains <Admonition>/],
    ['nothing', '<Tabs>\n</Tabs>\n', /<Tabs> needs at least one <Tab label="...">/],
  ])('fails the compile-time check for tabs holding %s', async (_name, source, message) => {
    await expect(compilePost(source)).rejects.toThrow(message);
  });

  it('fails the compile-time check for a tab outside tabs, or tabs written inline', async () => {
    await expect(compilePost('<Tab label="a">\n\nx\n\n</Tab>\n')).rejects.toThrow(/line 1: <Tab> must stand directly inside <Tabs>/);
    await expect(compilePost('<Tabs><Tab label="a">x</Tab></Tabs>\n')).rejects.toThrow(/<Tab> must be written with its opening and closing tags on lines of their own/);
  });

  it('refuses the same when rendered directly', () => {
    expect(() => renderIn('en', <Tabs><p>x</p></Tabs>)).toThrow(/<Tabs> may contain only <Tab label="..."> elements/);
    expect(() => renderIn('en', <Tab />)).toThrow(/<Tab> must stand directly inside <Tabs>/);
  });
});
