'use client';

import { useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { sliderValueText } from './slider-value-text';

type Props = {
  initial: number;
  aspectRatio: string;
  controlLabel: string;
  /** The spoken value, translated, with markers for the percentages (see slider-value-text). */
  valueTextTemplate: string;
  beforeLabel: string;
  afterLabel: string;
  children: ReactNode;
};

export const SMALL_STEP = 1;
export const LARGE_STEP = 10;

const clamp = (value: number) => Math.min(100, Math.max(0, value));

const KEY_MOVES: Record<string, (value: number) => number> = {
  ArrowLeft: (value) => value - SMALL_STEP,
  ArrowDown: (value) => value - SMALL_STEP,
  ArrowRight: (value) => value + SMALL_STEP,
  ArrowUp: (value) => value + SMALL_STEP,
  PageDown: (value) => value - LARGE_STEP,
  PageUp: (value) => value + LARGE_STEP,
  Home: () => 0,
  End: () => 100,
};

/** The interactive part of ImageCompare: the split position, its slider and pointer dragging. */
export default function ImageCompareFrame({ initial, aspectRatio, controlLabel, valueTextTemplate, beforeLabel, afterLabel, children }: Props) {
  const [value, setValue] = useState(initial);
  const frame = useRef<HTMLDivElement>(null);
  const handle = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  // How far (px) the pointer is from the divider: 0 for a press on the picture, which moves the
  // divider there; the press's offset for one on the grip, which is then dragged without a jump.
  const grabOffset = useRef(0);

  function moveTo(event: PointerEvent) {
    const box = frame.current!.getBoundingClientRect();
    if (box.width > 0) setValue(clamp(((event.clientX - grabOffset.current - box.left) / box.width) * 100));
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    dragging.current = true;
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const box = frame.current!.getBoundingClientRect();
    const onGrip = handle.current!.contains(event.target as Node);
    grabOffset.current = onGrip ? event.clientX - (box.left + (box.width * value) / 100) : 0;
    moveTo(event);
    handle.current!.focus({ preventScroll: true });
    event.preventDefault();
  }

  function onPointerEnd(event: PointerEvent<HTMLDivElement>) {
    dragging.current = false;
    event.currentTarget.releasePointerCapture?.(event.pointerId);
  }

  function onKeyDown(event: KeyboardEvent) {
    const move = KEY_MOVES[event.key];
    if (!move) return;
    event.preventDefault();
    setValue((current) => clamp(Math.round(move(current))));
  }

  const now = Math.round(value);
  const valueText = sliderValueText(valueTextTemplate, now);

  return (
    <div
      ref={frame}
      className="image-compare__frame"
      style={{ '--split': `${value}%`, aspectRatio } as CSSProperties}
      onPointerDown={onPointerDown}
      onPointerMove={(event) => dragging.current && moveTo(event)}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
    >
      {children}
      <span className="image-compare__label image-compare__label--before" aria-hidden="true">
        {beforeLabel}
      </span>
      <span className="image-compare__label image-compare__label--after" aria-hidden="true">
        {afterLabel}
      </span>
      <span className="image-compare__divider" aria-hidden="true" />
      <div
        ref={handle}
        className="image-compare__handle"
        role="slider"
        tabIndex={0}
        aria-label={controlLabel}
        aria-orientation="horizontal"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={now}
        aria-valuetext={valueText}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
