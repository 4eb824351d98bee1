import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { SnippetReader } from './blocks';

/**
 * Where pymdownx.snippets finds `--8<-- "name"`: its base path is by default
 * the folder mkdocs runs in, the one holding mkdocs.yml, which is usually the
 * docs_dir's parent; the docs_dir and the post's own folder are tried after it.
 * Nothing outside that parent is read.
 */
export function snippetReader(docsDir: string, postPath: string): SnippetReader {
  const project = dirname(docsDir);
  return (name) => {
    for (const base of [project, docsDir, dirname(postPath)]) {
      const file = resolve(base, name);
      if (!file.startsWith(project + sep) || !existsSync(file) || !statSync(file).isFile()) continue;
      return readFileSync(file, 'utf8');
    }
    return undefined;
  };
}
