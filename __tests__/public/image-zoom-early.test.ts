import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const script = readFileSync(join(__dirname, '../../public/image-zoom.js'), 'utf8');

// The script's observer outlives the test otherwise, and would see jsdom take the document down.
const observers: MutationObserver[] = [];
beforeAll(() => {
  const Native = window.MutationObserver;
  window.MutationObserver = class extends Native {
    constructor(callback: MutationCallback) {
      super(callback);
      observers.push(this);
    }
  };
});
afterAll(() => observers.forEach((observer) => observer.disconnect()));

// A cached copy of the async script runs as soon as <head> names it, before <body> is parsed.
it('runs before <body> exists and still makes the diagrams that follow into buttons', async () => {
  document.body.remove();
  expect(document.body).toBeNull();
  expect(() => new Function(script)()).not.toThrow();

  const body = document.createElement('body');
  body.innerHTML = '<span class="image-zoom__trigger" data-close-label="Close"><svg aria-label="Diagram"></svg></span>';
  document.documentElement.append(body);
  await new Promise((resolve) => setTimeout(resolve, 0));

  const trigger = body.querySelector('.image-zoom__trigger')!;
  expect(trigger.getAttribute('role')).toBe('button');
  expect(trigger.getAttribute('aria-haspopup')).toBe('dialog');
});
