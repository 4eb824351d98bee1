import { mdiSailBoat } from '@mdi/js';
import Icon from '@/components/mdx/Icon';
import { renderIn } from '../../helpers/intl';

describe('Icon', () => {
  it('is a text-sized SVG in the text colour, hidden from screen readers', () => {
    const { container } = renderIn('en', <p>Sail <Icon name="sail-boat" /> away</p>);
    const svg = container.querySelector('svg')!;
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg).toHaveAttribute('focusable', 'false');
    expect(svg).toHaveAttribute('width', '1em');
    expect(svg).toHaveAttribute('height', '1em');
    expect(svg).toHaveAttribute('viewBox', '0 0 24 24');
    expect(svg.querySelector('path')).toHaveAttribute('d', mdiSailBoat);
    expect(svg.querySelector('path')).toHaveAttribute('fill', 'currentColor');
    expect(container.querySelector('p')).toHaveAccessibleName('');
  });

  it('refuses an unknown name, naming it', () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderIn('en', <Icon name="sail-boot" />)).toThrow(/<Icon> name: unknown Material Design icon "sail-boot"/);
  });
});
