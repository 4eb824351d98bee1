import { z } from 'zod';

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

const imagePath = (what: string) =>
  z
    .string({ error: `expected ${what}` })
    .regex(/^(?:\/(?!\/)[^\s?#]*|https:\/\/[^\s]+)$/, { error: `expected ${what} as a site path like /images/<slug>/name.svg or an https URL` });

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

/** Width and height are required so the page reserves the image's space before it loads. */
export const figureProps = z.strictObject({
  src: imagePath('the image'),
  alt: text('alt text describing the image'),
  width: pixels('the image width'),
  height: pixels('the image height'),
  children: z.unknown().optional(),
});

export const admonitionProps = z.strictObject({
  type: z.enum(['note', 'tip', 'warning', 'danger'], { error: 'expected type="note", "tip", "warning" or "danger"' }).default('note'),
  title: z.string().trim().min(1, { error: 'expected a title, or no title attribute for the default one' }).optional(),
  children: z.unknown().optional(),
});

/** Component name -> its props schema, as used by the compile-time check. */
export const mdxPropSchemas = {
  ImageCompare: imageCompareProps,
  ConformanceBadge: conformanceBadgeProps,
  ConformanceBadges: conformanceBadgesProps,
  Button: buttonProps,
  Figure: figureProps,
  Admonition: admonitionProps,
} as const;

export type MdxComponentName = keyof typeof mdxPropSchemas;

/** The compile-time check of a component's use in a post (see lib/mdx/render.ts). */
export function checkMdxComponent(name: string, props: Record<string, string>): string | null {
  if (!(name in mdxPropSchemas)) return `unknown component <${name}> (available: ${Object.keys(mdxPropSchemas).join(', ')})`;
  const result = mdxPropSchemas[name as MdxComponentName].safeParse(props);
  return result.success ? null : describePropIssues(name, result.error);
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
