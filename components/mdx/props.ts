import { z } from 'zod';
import { materialIconPath } from '@/lib/mdx/material-icons';

/**
 * Props of the components a post may use. MDX attributes are always strings
 * (next-mdx-remote v6 drops `{...}` expressions), so each schema validates
 * and converts them. The same schemas check every use at compile time, so a
 * bad attribute fails the build naming the post and line.
 */

const text = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, { error: `expected ${what}` });

const pixels = (what: string) =>
  z
    .string({ error: `expected ${what} in pixels, e.g. "960"` })
    .regex(/^[1-9]\d{0,4}$/, { error: `expected ${what} in pixels as a whole number, e.g. "960"` })
    .transform(Number);

const SITE_PATH_OR_HTTPS = /^(?:\/(?!\/)[^\s?#]*|https:\/\/[^\s]+)$/;

const imagePath = (what: string) =>
  z.string({ error: `expected ${what}` }).regex(SITE_PATH_OR_HTTPS, { error: `expected ${what} as a site path like /images/<slug>/name.svg or an https URL` });

const isRemote = (src: string) => src.startsWith('https://');

export const imageCompareProps = z.strictObject({
  beforeSrc: imagePath('the before image'),
  beforeAlt: text('alt text for the before image'),
  beforeLabel: text('a short label for the before image'),
  afterSrc: imagePath('the after image'),
  afterAlt: text('alt text for the after image'),
  afterLabel: text('a short label for the after image'),
  width: pixels('the images’ width'),
  height: pixels('the images’ height'),
  initial: z
    .string()
    .regex(/^(?:100|[1-9]?\d)$/, { error: 'expected a position from "0" to "100"' })
    .transform(Number)
    .default(50),
  caption: z.string().optional(),
});

export const conformanceBadgeProps = z.strictObject({
  version: z.string({ error: 'expected a Kubernetes version like "1.26"' }).regex(/^[1-9]\d*\.\d+$/, {
    error: 'expected a Kubernetes version as major.minor, like "1.26"',
  }),
  pr: z
    .string({ error: 'expected the k8s-conformance pull request number, like "2451"' })
    .regex(/^[1-9]\d*$/, { error: 'expected the k8s-conformance pull request number as a positive whole number' }),
});

export const conformanceBadgesProps = z.strictObject({
  kind: z.enum(['upstream', 'klts'], { error: 'expected kind="upstream" or kind="klts"' }),
  children: z.unknown().optional(),
});

export const buttonProps = z.strictObject({
  href: z.string({ error: 'expected a link target' }).regex(/^(?:https?:\/\/|\/|#|mailto:)/, {
    error: 'expected a link starting with https://, http://, /, # or mailto:',
  }),
  variant: z.enum(['primary', 'default'], { error: 'expected variant="primary" or variant="default"' }).default('default'),
  children: z.unknown().optional(),
});

/**
 * Width and height are required so the page reserves the image's space before
 * it loads; only an image on another host (https), whose size may be unknown
 * when it is imported, may leave out both.
 */
export const figureProps = z
  .strictObject({
    src: imagePath('the image'),
    alt: text('alt text describing the image'),
    width: pixels('the image width').optional(),
    height: pixels('the image height').optional(),
    children: z.unknown().optional(),
  })
  .superRefine(({ src, width, height }, context) => {
    const remote = isRemote(src);
    for (const [name, value] of [['width', width], ['height', height]] as const) {
      if (value !== undefined) continue;
      if (!remote) {
        context.addIssue({ code: 'custom', path: [name], message: `expected the image ${name} in pixels, e.g. "960" (only an https image may leave out its size)` });
      } else if (width !== undefined || height !== undefined) {
        context.addIssue({ code: 'custom', path: [name], message: `expected the image ${name} in pixels too, or neither width nor height` });
      }
    }
  });

/**
 * A video, written as in HTML: <video src="..." controls />. MDX leaves a
 * lowercase element as it is (the component map does not apply to it), so
 * this schema only checks it when the post compiles: a source on this site or
 * an https host, and controls, so that the reader can start it.
 */
export const videoProps = z.strictObject({
  src: z
    .string({ error: 'expected the video, src="..."' })
    .regex(SITE_PATH_OR_HTTPS, { error: 'expected the video as a site path like /videos/<slug>/name.mp4 or an https URL' }),
  controls: z.literal('true', { error: 'expected controls (written without a value), so that the reader can play the video' }),
  poster: imagePath('the poster image').optional(),
  width: pixels('the video width').optional(),
  height: pixels('the video height').optional(),
  title: text('a title for the video').optional(),
});

/** mkdocs-material's admonition types (the importer maps their aliases, e.g. `hint`, to these). */
export const ADMONITION_TYPES = ['note', 'abstract', 'info', 'tip', 'success', 'question', 'warning', 'failure', 'danger', 'bug', 'example', 'quote'] as const;

export const admonitionProps = z.strictObject({
  type: z.enum(ADMONITION_TYPES, { error: `expected type= one of ${ADMONITION_TYPES.map((type) => `"${type}"`).join(', ')}` }).default('note'),
  /** Absent: the type's name in the page's language; "" (mkdocs' `!!! note ""`): no title bar, unless collapsible, whose title is its control. */
  title: z.string().trim().optional(),
  collapsible: z
    .enum(['closed', 'open'], { error: 'expected collapsible="closed" (folded, like mkdocs ???) or "open" (unfolded, like ???+)' })
    .optional(),
  children: z.unknown().optional(),
});

export const tabsProps = z.strictObject({ children: z.unknown().optional() });

export const tabProps = z.strictObject({
  label: text('a label for the tab, e.g. label="Ubuntu"'),
  children: z.unknown().optional(),
});

export const cardsProps = z.strictObject({ children: z.unknown().optional() });

export const iconProps = z.strictObject({
  name: z.string({ error: 'expected the name of a Material Design icon, e.g. name="sail-boat"' }).superRefine((name, context) => {
    if (materialIconPath(name) === undefined) {
      context.addIssue({
        code: 'custom',
        message: `unknown Material Design icon "${name}" (expected a name in kebab case as listed at pictogrammers.com/library/mdi, e.g. "sail-boat")`,
      });
    }
  }),
});

/** Component name -> its props schema, as used by the compile-time check. */
export const mdxPropSchemas = {
  ImageCompare: imageCompareProps,
  ConformanceBadge: conformanceBadgeProps,
  ConformanceBadges: conformanceBadgesProps,
  Button: buttonProps,
  Figure: figureProps,
  Admonition: admonitionProps,
  Tabs: tabsProps,
  Tab: tabProps,
  Cards: cardsProps,
  Icon: iconProps,
  video: videoProps,
} as const;

export type MdxComponentName = keyof typeof mdxPropSchemas;

/** Where a component stands in a post (see lib/mdx/plugins/remark-check-components.ts). */
export type MdxComponentContext = { inline: boolean; parent: string | null; children: string[] };

const ON_ITS_OWN_LINES = 'with its opening and closing tags on lines of their own';

/** What a component may contain and where it may stand, for those that care. */
const structureChecks: Partial<Record<MdxComponentName, (context: MdxComponentContext) => string | null>> = {
  Tabs: ({ inline, children }) => {
    if (inline) return `<Tabs> must be written ${ON_ITS_OWN_LINES}, each <Tab> too`;
    const other = children.find((child) => child !== '<Tab>');
    if (other) return `<Tabs> may contain only <Tab label="..."> elements, each on lines of its own, but contains ${describeChild(other)}`;
    return children.length ? null : '<Tabs> needs at least one <Tab label="...">';
  },
  Tab: ({ inline, parent }) => {
    if (parent !== 'Tabs') return '<Tab> must stand directly inside <Tabs>';
    return inline ? `<Tab> must be written ${ON_ITS_OWN_LINES}` : null;
  },
  Cards: ({ inline, children }) => {
    if (inline) return `<Cards> must be written ${ON_ITS_OWN_LINES}`;
    const other = children.find((child) => child !== 'list');
    if (other) return `<Cards> may contain only a Markdown list, one item per card, but contains ${describeChild(other)}`;
    return children.length ? null : '<Cards> needs a Markdown list inside, one item per card';
  },
};

function describeChild(child: string): string {
  return child.startsWith('<') ? child : `a Markdown ${child}`;
}

/** The compile-time check of a component's use in a post (see lib/mdx/render.ts). */
export function checkMdxComponent(name: string, props: Record<string, string>, context?: MdxComponentContext): string | null {
  if (!(name in mdxPropSchemas)) {
    return `unknown component <${name}> (available: ${Object.keys(mdxPropSchemas).filter((known) => /^[A-Z]/.test(known)).join(', ')})`;
  }
  const result = mdxPropSchemas[name as MdxComponentName].safeParse(props);
  if (!result.success) return describePropIssues(name, result.error);
  return context ? (structureChecks[name as MdxComponentName]?.(context) ?? null) : null;
}

/** Parses a component's props, throwing one readable message when they are wrong. */
export function parseProps<Name extends MdxComponentName>(name: Name, props: unknown): z.output<(typeof mdxPropSchemas)[Name]> {
  const result = mdxPropSchemas[name].safeParse(props);
  if (!result.success) throw new Error(describePropIssues(name, result.error));
  return result.data as z.output<(typeof mdxPropSchemas)[Name]>;
}

export function describePropIssues(name: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `<${name}> ${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ');
}
