import type { Root } from 'mdast';

type JsxAttribute = { type: string; name?: string; value?: unknown };
type Node = {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: JsxAttribute[];
  children?: Node[];
  position?: { start: { line: number } };
};

/** Where a component stands, for checks of structure (what may contain what). */
export type ComponentContext = {
  /** Written inside a paragraph (on a line with other content) rather than on lines of its own. */
  inline: boolean;
  /** The nearest enclosing component or JSX element, or null at the top level. */
  parent: string | null;
  /** Its children: `<Name>` for JSX elements, the Markdown node type (e.g. "paragraph", "list") otherwise; blank text left out. */
  children: string[];
};

/** Returns what is wrong with a component's use, or null when it is fine. */
export type ComponentCheck = (name: string, props: Record<string, string>, context: ComponentContext) => string | null;

const isJsx = (node: Node) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Lowercase HTML elements that are checked like components (their schemas are in components/mdx/props.ts). */
const CHECKED_ELEMENTS = new Set(['video']);

/**
 * Checks every component a post uses (capitalised JSX, and <video>) at compile time: its
 * attributes must be plain strings, since MDX would drop `{...}` silently, and
 * `check` must accept them and where the component stands. Errors name the
 * line; renderMdx adds the file.
 */
export default function remarkCheckComponents({ check }: { check: ComponentCheck }) {
  return (tree: Root) => walk(tree as Node, null);

  function walk(node: Node, parent: string | null) {
    let inside = parent;
    if (isJsx(node)) {
      const name = node.name ?? '';
      if (/^[A-Z]/.test(name) || CHECKED_ELEMENTS.has(name)) checkElement(node, name, parent);
      inside = name;
    }
    for (const child of node.children ?? []) walk(child, inside);
  }

  function checkElement(element: Node, name: string, parent: string | null) {
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
    const children = (element.children ?? [])
      .filter((child) => !(child.type === 'text' && typeof child.value === 'string' && child.value.trim() === ''))
      .map((child) => (isJsx(child) ? `<${child.name ?? ''}>` : child.type));
    const problem = check(name, props, { inline: element.type === 'mdxJsxTextElement', parent, children });
    if (problem) fail(problem);
  }
}
