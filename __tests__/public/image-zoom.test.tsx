import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, screen } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import Figure from '@/components/mdx/Figure';
import ZoomableDiagram from '@/components/mdx/ZoomableDiagram';
import en from '@/messages/en.json';
import { polyfillDialog } from '../helpers/dialog';
import { renderIn } from '../helpers/intl';

const script = readFileSync(join(__dirname, '../../public/image-zoom.js'), 'utf8');

beforeAll(() => {
  polyfillDialog();
  // Runs as the page runs it: once, listening on the document.
  new Function(script)();
});

// The script puts its dialog in <body>, outside what Testing Library cleans up.
afterEach(() => document.querySelectorAll('dialog').forEach((dialog) => dialog.remove()));

/** Lets the script's MutationObserver see what was just rendered. */
const observed = () => act(() => Promise.resolve());

const photo = <Figure src="/images/a/shot.png" alt="A dashboard" width="1600" height="900" />;
const diagram = (
  <ZoomableDiagram>
    <svg role="img" aria-label="Build → Deploy" aria-describedby="mermaid-1-description">
      <desc id="mermaid-1-description">Build, then deploy</desc>
    </svg>
  </ZoomableDiagram>
);

describe('image zoom', () => {
  it('is, from the server, a link to the image file and, for a diagram, no control at all, with the script once', () => {
    const server = document.createElement('div');
    server.innerHTML = renderToStaticMarkup(
      <NextIntlClientProvider locale="en" messages={en} timeZone="UTC">
        {photo}
        {diagram}
      </NextIntlClientProvider>,
    );
    const link = server.querySelector('a')!;
    expect(link).toHaveAttribute('href', '/images/a/shot.png');
    expect(link.querySelector('img')).toHaveAttribute('alt', 'A dashboard');
    expect(link).not.toHaveAttribute('aria-haspopup');
    const box = server.querySelector('div.image-zoom__trigger')!;
    expect(box).not.toHaveAttribute('role');
    expect(box).not.toHaveAttribute('tabindex');
    expect(server.querySelectorAll('script[src="/image-zoom.js"]')).toHaveLength(1);
  });

  it('opens the file at full size in a dialog named by the alt text, instead of following the link', async () => {
    renderIn('en', photo);
    await observed();
    const link = screen.getByRole('link', { name: 'A dashboard' });
    expect(link).toHaveAttribute('aria-haspopup', 'dialog');
    expect(fireEvent.click(link)).toBe(false);
    const dialog = screen.getByRole('dialog', { name: 'A dashboard' });
    expect(dialog).toHaveAttribute('open');
    const full = dialog.querySelector('img')!;
    expect(full).toHaveAttribute('src', '/images/a/shot.png');
    expect(full).toHaveAttribute('width', '1600');
    fireEvent.click(screen.getByRole('button', { name: 'Close the enlarged picture' }));
  });

  it.each([{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }])('leaves a modified click (%o) to the browser', (modifier) => {
    renderIn('en', photo);
    expect(fireEvent.click(screen.getByRole('link'), modifier)).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens on Space; its close button, labelled in the page’s language, closes it and gives the focus back', () => {
    renderIn('zh', photo);
    const link = screen.getByRole('link');
    link.focus();
    fireEvent.keyDown(link, { key: ' ' });
    fireEvent.click(screen.getByRole('button', { name: '关闭大图' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(link).toHaveFocus();
  });

  it('closes on a click beside the picture, not on the picture', () => {
    renderIn('en', photo);
    fireEvent.click(screen.getByRole('link'));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(dialog.querySelector('img')!);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    fireEvent.click(dialog);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('makes a diagram a button that opens a copy of the drawing on Enter, without repeating its ids', async () => {
    renderIn('en', diagram);
    await observed();
    const button = screen.getByRole('button', { name: 'Build → Deploy' });
    expect(button).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(button, { key: 'Enter' });
    const dialog = screen.getByRole('dialog', { name: 'Build → Deploy' });
    expect(dialog.querySelector('svg[aria-label="Build → Deploy"]')).not.toBeNull();
    expect(dialog.querySelector('[id], [aria-describedby]')).toBeNull();
    // What Esc does in a browser.
    (dialog as HTMLDialogElement).close();
    expect(button).toHaveFocus();
  });
});
