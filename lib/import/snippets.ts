import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { BlockWriter } from './blocks';
import type { Line } from './source-lines';

/** The text of a pymdownx.snippets file named in a post, or undefined when there is none. */
export type SnippetReader = (name: string) => string | undefined;

/** `--8<-- "file.md"`: a snippet's text goes here (`;--8<--` is the line itself, escaped). */
export const SNIPPET = /^(;?)--8<--[ \t]+(["'])(.+?)\2[ \t]*$/;
/** Snippets may include snippets, this deep. */
const MAX_INCLUDES = 20;

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

/** The lines a snippet marker stands for: the snippet's own, at the marker's line and indent, read as the post is. */
export function snippetLines([, escaped, , name]: RegExpExecArray, marker: Line, indent: number, writer: BlockWriter): Line[] {
  if (escaped) return [{ ...marker, text: marker.text.replace(';--8<--', '--8<--') }];
  const text = writer.state.includes < MAX_INCLUDES ? writer.state.readSnippet?.(name) : undefined;
  if (text === undefined) {
    writer.state.problems.push({ line: marker.line, message: `snippet "${name}" (--8<--) was not found or nests too deep; left out` });
    return [];
  }
  writer.state.includes++;
  const pad = ' '.repeat(indent);
  const included = writer.rewrite(text.split(/\r?\n/).map((lineText) => ({ text: lineText.trim() ? pad + lineText.replace(/\t/g, '    ') : '', line: marker.line })));
  writer.state.includes--;
  return included;
}
