import { act, fireEvent, screen } from '@testing-library/react';
import CodeBlock from '@/components/mdx/CodeBlock';
import { renderIn } from '../../helpers/intl';

describe('CodeBlock', () => {
  afterEach(() => jest.useRealTimers());

  it('copies the code text and says so for two seconds', async () => {
    jest.useFakeTimers();
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    renderIn('en', <CodeBlock><code>kubectl get pods</code></CodeBlock>);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy code' }));
    });
    expect(writeText).toHaveBeenCalledWith('kubectl get pods');
    expect(screen.getByRole('button', { name: 'Copied' })).toBeInTheDocument();
    act(() => jest.advanceTimersByTime(2000));
    expect(screen.getByRole('button', { name: 'Copy code' })).toBeInTheDocument();
  });

  it('shows the title of its fence above the code, as the caption of a figure', () => {
    renderIn('en', <CodeBlock data-title="config.yaml"><code>replicas: 3</code></CodeBlock>);
    const figure = screen.getByRole('figure');
    expect(figure.querySelector('figcaption')).toHaveTextContent('config.yaml');
    expect(figure.querySelector('figcaption + pre')).toHaveTextContent('replicas: 3');
    expect(figure.querySelector('pre')).not.toHaveAttribute('data-title');
  });

  it('labels the button in Chinese on Chinese pages', () => {
    renderIn('zh', <CodeBlock><code>x</code></CodeBlock>);
    expect(screen.getByRole('button', { name: '复制代码' })).toBeInTheDocument();
  });
});
