import { REVEAL_EVENT, revealFirstMark } from '@/lib/search/reveal-mark';

/** Runs the animation frame revealFirstMark waits for. */
function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

function marks() {
  return [...document.querySelectorAll('mark')];
}

describe('revealFirstMark', () => {
  let scrolled: Element[];
  beforeEach(() => {
    scrolled = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    window.location.hash = '';
  });

  it('opens the collapsed blocks around the first mark, and no others', () => {
    document.body.innerHTML = `
      <details id="outer"><summary>More</summary><details id="inner"><summary>YAML</summary><p><mark>kind</mark></p></details></details>
      <details id="later"><summary>Later</summary><p><mark>kind</mark></p></details>`;
    revealFirstMark(marks());
    expect(document.querySelectorAll('details[open]')).toHaveLength(2);
    expect((document.getElementById('later') as HTMLDetailsElement).open).toBe(false);
  });

  it('takes the first mark of the section the address points to', () => {
    document.body.innerHTML = `
      <p><mark>kind</mark></p>
      <h2 id="安装">安装</h2>
      <details><summary>YAML</summary><p><mark>kind</mark></p></details>`;
    window.location.hash = `#${encodeURIComponent('安装')}`;
    revealFirstMark(marks());
    expect(document.querySelector('details')!.open).toBe(true);
  });

  it('falls back to the first mark of the page when the section has none or the address is not valid', () => {
    document.body.innerHTML = `<details><summary>A</summary><mark>kind</mark></details><h2 id="end">End</h2>`;
    window.location.hash = '#end';
    revealFirstMark(marks());
    expect(document.querySelector('details')!.open).toBe(true);
    document.querySelector('details')!.open = false;
    window.location.hash = '#%E0%A4%A';
    revealFirstMark(marks());
    expect(document.querySelector('details')!.open).toBe(true);
  });

  it('asks the hidden panel holding the mark to show itself, as find in page does', () => {
    document.body.innerHTML = `<div id="tabs"><div hidden="until-found" id="panel"><p><mark>apt</mark></p></div></div>`;
    const received: string[] = [];
    document.getElementById('tabs')!.addEventListener(REVEAL_EVENT, (event) => received.push((event.target as Element).id));
    revealFirstMark(marks());
    expect(received).toEqual(['panel']);
  });

  it('scrolls the mark into view only when it is out of view', async () => {
    document.body.innerHTML = `<p><mark>near</mark></p>`;
    const mark = marks()[0];
    mark.getBoundingClientRect = () => ({ top: 100, bottom: 120 }) as DOMRect;
    revealFirstMark(marks());
    await nextFrame();
    expect(scrolled).toEqual([]);
    mark.getBoundingClientRect = () => ({ top: 5000, bottom: 5020 }) as DOMRect;
    revealFirstMark(marks());
    await nextFrame();
    expect(scrolled).toEqual([mark]);
  });

  it('does nothing without marks', () => {
    document.body.innerHTML = `<details><summary>A</summary>text</details>`;
    expect(() => revealFirstMark([])).not.toThrow();
    expect(document.querySelector('details')!.open).toBe(false);
  });
});
