import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** Elements that would run code or pull in another document if written raw in a post. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'link']);
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;

type JsxAttribute = { type: string; name?: string; value?: unknown };
type JsxNode = { name?: string | null; attributes?: JsxAttribute[]; position?: { start: { line: number } } };

/**
 * next-mdx-remote drops JavaScript expressions and import/export silently and
 * passes raw `<script>` and `javascript:` links through to the HTML. A post may
 * contain none of these: the build fails naming the line instead.
 */
export default function remarkRejectUnsafeMarkup() {
  return (tree: Root) => {
    visit(tree, (node) => {
      const line = node.position?.start.line;
      // next-mdx-remote would drop these silently; an author should know their text went missing.
      if (node.type === 'mdxjsEsm') fail('import or export statements', line);
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        fail('JavaScript expressions in braces (write \\{ and \\} for literal braces)', line);
      }
      if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
        if (SCRIPT_URL.test(node.url)) fail(`a ${node.type} to a script URL (${node.url.slice(0, 40)})`, line);
      }
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const jsx = node as unknown as JsxNode;
        const name = jsx.name ?? '';
        if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) fail(`a <${name}> element`, line);
        for (const attribute of jsx.attributes ?? []) {
          const attributeName = attribute.name ?? '';
          if (/^on/i.test(attributeName)) fail(`an event handler attribute (${attributeName})`, line);
          if (typeof attribute.value === 'string' && SCRIPT_URL.test(attribute.value)) {
            fail(`a script URL in the ${attributeName} attribute`, line);
          }
        }
      }
    });
  };
}

function fail(what: string, line: number | undefined): never {
  throw new Error(`${line ? `line ${line}: ` : ''}posts may not contain ${what}`);
}
