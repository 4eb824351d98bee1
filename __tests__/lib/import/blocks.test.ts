/** @jest-environment node */
import { prepareBlocks } from '@/lib/import/blocks';

const lines = (...text: string[]) => text.join('\n');

describe('prepareBlocks', () => {
  it('turns an admonition into placeholders around its dedented body', () => {
    const prepared = prepareBlocks(lines('!!! tip "Title"', '', '    body line', '', 'after'));
    expect(prepared.blocks).toEqual([{ kind: 'admonition', type: 'tip', title: 'Title', collapsible: undefined, line: 1 }]);
    expect(prepared.text).toBe(lines('', '<import-start id="0">', '', '', 'body line', '', '<import-end id="0">', '', '', 'after'));
  });

  it('reads 5-space bodies, ??? and ???+ and a title without a type', () => {
    const prepared = prepareBlocks(lines('??? "Only a title"', '', '     five spaces', '', '???+ warning', '', '    open'));
    expect(prepared.blocks).toMatchObject([
      { kind: 'admonition', type: 'note', title: 'Only a title', collapsible: 'closed' },
      { kind: 'admonition', type: 'warning', collapsible: 'open' },
    ]);
    expect(prepared.text).toContain('\nfive spaces\n');
  });

  it('keeps a block inside a list item at the item’s indentation', () => {
    const prepared = prepareBlocks(lines('1. step', '', '    !!! note', '', '        inside', '', '1. next'));
    expect(prepared.text).toContain('    <import-start id="0">');
    expect(prepared.text).toContain('\n    inside\n');
  });

  it('nests blocks and tabs, and leaves fenced code alone', () => {
    const prepared = prepareBlocks(lines('=== "A"', '', '    !!! note', '', '        deep', '', '=== "B"', '', '    ```', '    !!! not a block', '    ```'));
    expect(prepared.blocks.map((block) => block.kind).sort()).toEqual(['admonition', 'tab', 'tab']);
    expect(prepared.text).toContain('!!! not a block');
  });

  it('takes out abbreviation definitions', () => {
    const prepared = prepareBlocks(lines('K8s is short.', '', '*[K8s]: Kubernetes'));
    expect(prepared.abbreviations.get('K8s')).toBe('Kubernetes');
    expect(prepared.text).not.toContain('*[K8s]');
  });

  it('joins a raw HTML block with blank lines into one block, and keeps <div markdown> content as Markdown', () => {
    const raw = prepareBlocks(lines('<table>', '', '    <tr><td>x</td></tr>', '', '</table>'));
    expect(raw.text.trim()).toBe(lines('<table>', '    <tr><td>x</td></tr>', '</table>'));
    const markdown = prepareBlocks(lines('<div class="grid cards" markdown>', '', '- card', '', '</div>'));
    expect(markdown.blocks).toEqual([{ kind: 'html', tag: 'div', attributes: { class: 'grid cards' }, line: 1 }]);
    expect(markdown.text).toContain('\n- card\n');
  });

  it('reports an HTML block that is never closed', () => {
    expect(prepareBlocks(lines('text', '', '<div>', 'open')).problems).toEqual([{ line: 3, message: '<div> is never closed; read up to the next blank line' }]);
  });

  it('maps lines of the rewritten text back to the source', () => {
    const prepared = prepareBlocks(lines('!!! note', '', '    body', '', 'last'), 5);
    const lastLine = prepared.text.split('\n').indexOf('last') + 1;
    expect(prepared.sourceLine(lastLine)).toBe(9);
  });
});
