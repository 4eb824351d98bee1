const WRAPPER_START = /^\[next-mdx-remote\] error compiling MDX:\n/;
const WRAPPER_END = /\n*More information: https:\/\/mdxjs\.com\S*\s*$/;
const OUR_LINE = /^line (\d+): /;
// The MDX parser's own messages end with a position such as `(12:1-12:6)` or `(12:1)`.
const PARSER_POSITION = /\((\d+):\d+(?:-\d+:\d+)?\)/;

/**
 * One compile error of a post as `<file>: line <n>: <what>` (or, when the
 * compiler gives no position, `<file>: MDX could not be compiled: <what>`),
 * followed by the source excerpt when there is one. next-mdx-remote's wrapper
 * text and link are dropped.
 */
export function describeMdxError(file: string, message: string): string {
  const [first, ...excerpt] = message.replace(WRAPPER_START, '').replace(WRAPPER_END, '').split('\n');
  const line = OUR_LINE.exec(first)?.[1] ?? PARSER_POSITION.exec(first)?.[1];
  const what = first.replace(OUR_LINE, '');
  const heading = line ? `${file}: line ${line}: ${what}` : `${file}: MDX could not be compiled: ${what}`;
  return [heading, ...excerpt].join('\n').trimEnd();
}
