import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

type JsxAttribute = { type: string; name?: string; value?: unknown };
type JsxElement = { name?: string | null; attributes?: JsxAttribute[]; position?: { start: { line: number } } };

/** Returns what is wrong with a component's use, or null when it is fine. */
export type ComponentCheck = (name: string, props: Record<string, string>) => string | null;

/**
 * Checks every component a post uses (capitalised JSX) at compile time: its
 * attributes must be plain strings, since MDX would drop `{...}` silently, and
 * `check` must accept them. Errors name the line; renderMdx adds the file.
 */
export default function remarkCheckComponents({ check }: { check: ComponentCheck }) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as unknown as JsxElement;
      const name = element.name ?? '';
      if (!/^[A-Z]/.test(name)) return;
      const line = element.position?.start.line;
      const fail = (message: string): never => {
        throw new Error(`${line ? `line ${line}: ` : ''}${message}`);
      };
      const props: Record<string, string> = {};
      for (const attribute of element.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) fail(`<${name}> cannot take {...spread} attributes`);
        const attributeName = attribute.name!;
        if (attribute.value !== null && typeof attribute.value === 'object') {
          fail(`<${name}> ${attributeName}: write the value as a string, ${attributeName}="...", since {...} expressions are removed`);
        }
        props[attributeName] = attribute.value == null ? 'true' : String(attribute.value);
      }
      const problem = check(name, props);
      if (problem) fail(problem);
    });
  };
}
