import '@testing-library/jest-dom';
import { TextDecoder } from 'node:util';
import { removeWrittenPosts } from './__tests__/helpers/write-posts';

// jsdom has no TextDecoder; image-size (read by the MDX compile, which component tests run) makes one when it loads.
if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder });

// jsdom has no PointerEvent; a MouseEvent with a pointer id is enough for our handlers.
if (typeof window !== 'undefined' && !('PointerEvent' in window)) {
  class PointerEventPolyfill extends MouseEvent {
    pointerId: number;
    constructor(type: string, init: PointerEventInit = {}) {
      super(type, init);
      this.pointerId = init.pointerId ?? 1;
    }
  }
  Object.assign(window, { PointerEvent: PointerEventPolyfill });
}

// jsdom has no matchMedia; media queries report "no match" (a light, wide screen) unless a test says otherwise.
if (typeof window !== 'undefined' && !window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({ matches: false, media: query, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {}, dispatchEvent: () => false }) as MediaQueryList;
}

// Temporary posts folders written by a test file are removed when the file is done.
afterAll(removeWrittenPosts);
