import { act, fireEvent, render, screen } from '@testing-library/react';
import ShareActions from '@/components/ShareActions';

const url = 'https://blog.example.com/en/blogs/221008-dce-bg';
const labels = { copyLink: 'Copy link', linkCopied: 'Link copied', copyFailed: 'Could not copy', nativeShare: 'Share…' };

function renderActions() {
  return render(
    <ul>
      <ShareActions url={url} title="DCE" labels={labels} />
    </ul>,
  );
}

function stubNavigator(key: 'clipboard' | 'share', value: unknown) {
  Object.defineProperty(navigator, key, { value, configurable: true });
}

afterEach(() => {
  stubNavigator('clipboard', undefined);
  stubNavigator('share', undefined);
  jest.useRealTimers();
});

describe('ShareActions', () => {
  it('copies the URL and says so in a status message, which goes away again', async () => {
    jest.useFakeTimers();
    const writeText = jest.fn().mockResolvedValue(undefined);
    stubNavigator('clipboard', { writeText });
    renderActions();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(writeText).toHaveBeenCalledWith(url);
    expect(status).toHaveTextContent('Link copied');
    act(() => jest.runAllTimers());
    expect(status).toHaveTextContent('');
  });

  it('falls back to copying a selection when the Clipboard API refuses', async () => {
    stubNavigator('clipboard', { writeText: jest.fn().mockRejectedValue(new Error('denied')) });
    let selected = '';
    document.execCommand = jest.fn(() => {
      selected = document.querySelector('textarea')?.value ?? '';
      return true;
    });
    renderActions();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(document.execCommand).toHaveBeenCalledWith('copy');
    expect(selected).toBe(url);
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('says so when the link could not be copied at all', async () => {
    document.execCommand = jest.fn(() => false);
    renderActions();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy link' })));
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy');
  });

  it('has no share-sheet button where the browser has no navigator.share', () => {
    renderActions();
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
  });

  it("opens the device's share sheet with the title and URL where there is one", async () => {
    const share = jest.fn().mockRejectedValue(new DOMException('cancelled', 'AbortError'));
    stubNavigator('share', share);
    renderActions();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Share…' })));
    expect(share).toHaveBeenCalledWith({ title: 'DCE', url });
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
