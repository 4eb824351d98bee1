import type { ShikiTransformer } from 'shiki';

const TITLE = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|([^\s"']+))/;

/** The title of a fence's meta string: ```yaml title="config.yaml" -> "config.yaml". */
export function codeTitle(meta: string | undefined): string | undefined {
  const match = meta ? TITLE.exec(meta) : null;
  const title = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
  return title || undefined;
}

/**
 * Copies a fence's `title="..."` into data-title on its <pre>, where
 * components/mdx/CodeBlock.tsx shows it above the code.
 */
export default function shikiCodeTitle(): ShikiTransformer {
  return {
    name: 'code-title',
    pre(node) {
      const title = codeTitle(this.options.meta?.__raw);
      if (title) node.properties['data-title'] = title;
    },
  };
}
