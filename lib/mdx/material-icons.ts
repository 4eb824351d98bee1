import * as mdi from '@mdi/js';

const paths: Readonly<Record<string, string>> = mdi;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The SVG path (24 x 24 viewBox) of a Material Design icon named as
 * mkdocs-material writes it (`:material-sail-boat:` -> "sail-boat"), or
 * undefined when @mdi/js has no such icon. Used by <Icon> and the importer.
 */
export function materialIconPath(name: string): string | undefined {
  if (!KEBAB.test(name)) return undefined;
  const key = `mdi${name.replace(/(?:^|-)([a-z0-9])/g, (_match, first: string) => first.toUpperCase())}`;
  return Object.hasOwn(paths, key) ? paths[key] : undefined;
}
