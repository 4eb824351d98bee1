import { fireEvent, screen } from '@testing-library/react';
import ImageCompare from '@/components/mdx/ImageCompare';
import { LARGE_STEP, SMALL_STEP } from '@/components/mdx/ImageCompareFrame';
import { renderIn } from '../../helpers/intl';

const props = {
  beforeSrc: '/images/t/vm.svg',
  beforeAlt: 'VM stack',
  beforeLabel: 'VM-based',
  afterSrc: '/images/t/metal.svg',
  afterAlt: 'Bare-metal stack',
  afterLabel: 'Bare metal',
  width: '960',
  height: '540',
};

function setup(extra: Record<string, string> = {}, locale: 'zh' | 'en' = 'en') {
  const view = renderIn(locale, <ImageCompare {...props} {...extra} />);
  const slider = screen.getByRole('slider');
  const frame = view.container.querySelector('.image-compare__frame') as HTMLElement;
  return { slider, frame, split: () => frame.style.getPropertyValue('--split') };
}

describe('ImageCompare', () => {
  it('renders both images with alt text, reserves their aspect ratio and starts in the middle', () => {
    const { slider, frame, split } = setup();
    expect(screen.getByAltText('VM stack')).toHaveAttribute('src', '/images/t/vm.svg');
    expect(screen.getByAltText('Bare-metal stack')).toHaveAttribute('width', '960');
    expect(frame.style.aspectRatio).toBe('960 / 540');
    expect(slider).toHaveAttribute('aria-valuenow', '50');
    expect(split()).toBe('50%');
  });

  it('is a named, focusable slider from 0 to 100 with a spoken value', () => {
    const { slider } = setup({ initial: '30' });
    expect(slider).toHaveAccessibleName('Comparison divider');
    expect(slider).toHaveAttribute('tabindex', '0');
    expect(slider).toHaveAttribute('aria-valuemin', '0');
    expect(slider).toHaveAttribute('aria-valuemax', '100');
    expect(slider).toHaveAttribute('aria-valuetext', 'VM-based on the left, 30%; Bare metal on the right, 70%');
  });

  it('names the control in Chinese on Chinese pages', () => {
    const { slider } = setup({ initial: '40' }, 'zh');
    expect(slider).toHaveAccessibleName('对比分隔条');
    expect(slider).toHaveAttribute('aria-valuetext', '左侧VM-based占 40%，右侧Bare metal占 60%');
  });

  it.each([
    ['ArrowRight', 50 + SMALL_STEP],
    ['ArrowUp', 50 + SMALL_STEP],
    ['ArrowLeft', 50 - SMALL_STEP],
    ['ArrowDown', 50 - SMALL_STEP],
    ['PageUp', 50 + LARGE_STEP],
    ['PageDown', 50 - LARGE_STEP],
    ['Home', 0],
    ['End', 100],
  ])('%s moves the divider to %i', (key, expected) => {
    const { slider, split } = setup();
    fireEvent.keyDown(slider, { key });
    expect(slider).toHaveAttribute('aria-valuenow', String(expected));
    expect(split()).toBe(`${expected}%`);
  });

  it('ignores other keys', () => {
    const { slider } = setup();
    fireEvent.keyDown(slider, { key: 'a' });
    expect(slider).toHaveAttribute('aria-valuenow', '50');
  });

  it('stops at 0 and 100', () => {
    const { slider } = setup({ initial: '95' });
    fireEvent.keyDown(slider, { key: 'PageUp' });
    expect(slider).toHaveAttribute('aria-valuenow', '100');
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(slider).toHaveAttribute('aria-valuenow', '100');
    fireEvent.keyDown(slider, { key: 'Home' });
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    fireEvent.keyDown(slider, { key: 'PageDown' });
    expect(slider).toHaveAttribute('aria-valuenow', '0');
  });

  it('jumps to a click and follows a drag with the pointer captured, until release', () => {
    const { slider, frame, split } = setup();
    frame.getBoundingClientRect = () => ({ left: 100, width: 400, top: 0, height: 225, right: 500, bottom: 225, x: 100, y: 0, toJSON() {} });
    const captured: number[] = [];
    frame.setPointerCapture = (id: number) => captured.push(id);
    frame.releasePointerCapture = jest.fn();

    fireEvent.pointerDown(frame, { clientX: 200, button: 0, pointerId: 7 });
    expect(captured).toEqual([7]);
    expect(slider).toHaveAttribute('aria-valuenow', '25');
    expect(slider).toHaveFocus();

    fireEvent.pointerMove(frame, { clientX: 400, pointerId: 7 });
    expect(split()).toBe('75%');
    fireEvent.pointerMove(frame, { clientX: 900, pointerId: 7 });
    expect(slider).toHaveAttribute('aria-valuenow', '100');
    fireEvent.pointerMove(frame, { clientX: -50, pointerId: 7 });
    expect(slider).toHaveAttribute('aria-valuenow', '0');

    fireEvent.pointerUp(frame, { clientX: 0, pointerId: 7 });
    expect(frame.releasePointerCapture).toHaveBeenCalledWith(7);
    fireEvent.pointerMove(frame, { clientX: 300, pointerId: 7 });
    expect(slider).toHaveAttribute('aria-valuenow', '0');
  });

  it('drags the grip from where it was pressed, without jumping the divider to the pointer', () => {
    const { slider, frame } = setup();
    frame.getBoundingClientRect = () => ({ left: 100, width: 400, top: 0, height: 225, right: 500, bottom: 225, x: 100, y: 0, toJSON() {} });
    // The divider is at 300; the grip is pressed 10 px to its right.
    fireEvent.pointerDown(slider, { clientX: 310, button: 0, pointerId: 1 });
    expect(slider).toHaveAttribute('aria-valuenow', '50');
    fireEvent.pointerMove(frame, { clientX: 350, pointerId: 1 });
    expect(slider).toHaveAttribute('aria-valuenow', '60');
    fireEvent.pointerUp(frame, { pointerId: 1 });
    // A later press on the picture itself still moves the divider there.
    fireEvent.pointerDown(frame, { clientX: 200, button: 0, pointerId: 2 });
    expect(slider).toHaveAttribute('aria-valuenow', '25');
  });

  it('ignores the secondary mouse button', () => {
    const { slider, frame } = setup();
    frame.getBoundingClientRect = () => ({ left: 0, width: 100, top: 0, height: 50, right: 100, bottom: 50, x: 0, y: 0, toJSON() {} });
    fireEvent.pointerDown(frame, { clientX: 10, button: 2 });
    expect(slider).toHaveAttribute('aria-valuenow', '50');
  });

  it.each([
    [{ initial: '101' }, /initial: expected a position from "0" to "100"/],
    [{ initial: 'half' }, /initial/],
    [{ width: '0' }, /width: expected the images’ width in pixels/],
    [{ beforeAlt: '' }, /beforeAlt: expected alt text for the before image/],
    [{ afterSrc: 'javascript:alert(1)' }, /afterSrc: expected the after image as a site path/],
  ])('rejects bad props %o', (extra, message) => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderIn('en', <ImageCompare {...props} {...extra} />)).toThrow(message);
  });
});
