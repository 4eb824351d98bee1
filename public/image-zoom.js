// Opens a figure's picture or diagram at full size in a modal dialog: a click, a
// tap, or Enter or Space on it. components/mdx/ZoomTrigger.tsx marks each one and
// renders <script async src="/image-zoom.js">, which React loads once per page, and
// only on pages that have one. It is a plain script, not a React island, because
// Next.js puts every island of a route in one chunk: articles without figures
// would load it too. Without it a picture is a link to its file.
(() => {
  const TRIGGER = '.image-zoom__trigger';

  // A diagram has no file to link to: it becomes a button once this script runs.
  const upgrade = () => {
    for (const trigger of document.querySelectorAll(`${TRIGGER}:not([aria-haspopup])`)) {
      trigger.setAttribute('aria-haspopup', 'dialog');
      if (!trigger.hasAttribute('href')) {
        trigger.setAttribute('role', 'button');
        trigger.tabIndex = 0;
      }
    }
  };

  function open(trigger) {
    const picture = trigger.querySelector('img, svg');
    if (!picture) return;
    const dialog = document.createElement('dialog');
    dialog.className = 'image-zoom';
    dialog.setAttribute('aria-label', picture.getAttribute('alt') || picture.getAttribute('aria-label') || '');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'image-zoom__close';
    close.setAttribute('aria-label', trigger.dataset.closeLabel);
    close.textContent = '×';
    let content;
    if (trigger.hasAttribute('href')) {
      // The file itself, not the resized copy the page shows; named by the dialog.
      content = new Image();
      content.className = 'image-zoom__image';
      content.alt = '';
      for (const size of ['width', 'height']) if (picture.hasAttribute(size)) content.setAttribute(size, picture.getAttribute(size));
      content.src = trigger.getAttribute('href');
    } else {
      content = document.createElement('div');
      content.className = 'image-zoom__diagram';
      const copy = picture.cloneNode(true);
      // The copy's ids would repeat the page's; its arrows still find the page's markers.
      for (const node of [copy, ...copy.querySelectorAll('[id], [aria-describedby]')]) {
        node.removeAttribute('id');
        node.removeAttribute('aria-describedby');
      }
      content.append(copy);
    }
    dialog.append(close, content);
    close.addEventListener('click', () => dialog.close());
    // The dialog covers the screen: a click on it rather than on the picture is beside the picture.
    dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      trigger.focus();
    });
    document.body.append(dialog);
    dialog.showModal();
  }

  document.addEventListener('click', (event) => {
    const trigger = event.target.closest?.(TRIGGER);
    // A modified click keeps the link's own meaning (a new tab, a download).
    if (!trigger || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open(trigger);
  });

  document.addEventListener('keydown', (event) => {
    const trigger = event.target;
    if (!trigger.matches?.(TRIGGER)) return;
    // Enter on a link is a click already; Space is not, nor is either key on the diagram's button.
    if (event.key === ' ' || (event.key === 'Enter' && !trigger.hasAttribute('href'))) {
      event.preventDefault();
      open(trigger);
    }
  });

  upgrade();
  // Pages reached by client-side navigation bring their figures after this script ran, and a
  // cached copy of this async script may run from <head> before <body> exists.
  new MutationObserver(upgrade).observe(document.documentElement, { childList: true, subtree: true });
})();
