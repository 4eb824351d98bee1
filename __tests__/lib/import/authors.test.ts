/** @jest-environment node */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeAuthors } from '@/lib/import/authors';

const dir = mkdtempSync(join(tmpdir(), 'authors-'));
function file(name: string, yaml: string) {
  const path = join(dir, name);
  writeFileSync(path, yaml);
  return path;
}

describe('mergeAuthors', () => {
  it('reads the ids under authors:, and the earlier format with the ids at the top', () => {
    const zh = file('zh.yml', 'authors:\n  windsonsea:\n    name: 姚\n    url: https://github.com/windsonsea\n');
    const en = file('en.yml', 'windsonsea:\n  name: Michael Yao\n  avatar: https://github.com/windsonsea.png\nmichelle:\n  name: Michelle Wu\n');
    const { authors, added } = mergeAuthors({}, { zh, en });
    expect(added).toEqual(['michelle', 'windsonsea']);
    expect(authors).toEqual({
      windsonsea: { name: { zh: '姚', en: 'Michael Yao' }, url: 'https://github.com/windsonsea' },
      michelle: { name: { zh: 'Michelle Wu', en: 'Michelle Wu' } },
    });
  });

  it('keeps the authors already there', () => {
    const zh = file('keep.yml', 'ada:\n  name: 新名字\n');
    expect(mergeAuthors({ ada: { name: { zh: '阿达', en: 'Ada' } } }, { zh }).authors.ada.name.zh).toBe('阿达');
  });

  it.each([
    ['a list', '- ada\n- bob\n'],
    ['an author that is not a mapping', 'ada: Ada Lovelace\n'],
    ['authors: as a list', 'authors:\n  - ada\n'],
  ])('names the file of %s', (_case, yaml) => {
    const path = file('bad.yml', yaml);
    expect(() => mergeAuthors({}, { zh: path })).toThrow(`${path}: expected "authors:" to map ids to authors (each with a name)`);
  });
});
