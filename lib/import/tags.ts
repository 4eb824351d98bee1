import { routing, type Locale } from '@/i18n/routing';
import { tagsSchema, type Tags } from '@/lib/content/post-schema';
import { ImportError } from './import-error';
import { tagIdFromName } from './tag-id';

/** The tags one source post is written with, as free text in its language. */
export type TagSource = { key: string; locale: Locale; names: string[] };

type Names = Partial<Record<Locale, string>>;

export type TagPlan = {
  /** posts/tags.json as it is to be written: the existing tags, new ones and new names added. */
  tags: Tags;
  /** The id a tag written as `name` in `locale` gets. */
  idOf: (locale: Locale, name: string) => string;
  /** Ids of the tags that were not in posts/tags.json, with their names. */
  added: { id: string; names: Names }[];
  /** Ids of tags already there that got a name in another language. */
  named: string[];
  /** Keys of translated posts whose tags could not be paired, and why. */
  unpaired: { key: string; reason: string }[];
};

/** Names compare without case or width differences: `Containers` and `containers` are one tag. */
const norm = (name: string) => name.normalize('NFKC').trim().toLocaleLowerCase();

/**
 * Gives every tag of the imported posts an id and a name per language, merged into
 * the tags the site already has. A translated post and its original list the same
 * tags in the same order, so when both list as many, the n-th tag of one is the
 * n-th of the other (`容器` is `containers`): one id, named in each language, and
 * their tag pages pair up. A name seen before keeps its id, so the same word is
 * one tag everywhere. New ids come from the English name when there is one, else
 * from the name itself (see tagIdFromName); an id taken by another tag gets -2, -3.
 */
export function planTags(existing: Tags, sources: TagSource[]): TagPlan {
  const tags: Tags = structuredClone(existing);
  const byName = new Map(routing.locales.map((locale) => [locale, new Map<string, string>()]));
  for (const [id, tag] of Object.entries(tags)) {
    for (const [locale, name] of Object.entries(tag.name) as [Locale, string][]) byName.get(locale)!.set(norm(name), id);
  }
  const unpaired: TagPlan['unpaired'] = [];

  const fits = (id: string, names: Names) =>
    (Object.entries(names) as [Locale, string][]).every(([locale, name]) => {
      const current = tags[id]?.name[locale];
      return current === undefined || norm(current) === norm(name);
    });

  function freshId(names: Names): string {
    const base = tagIdFromName(names.en ?? routing.locales.map((locale) => names[locale]).find(Boolean)!);
    let id = base;
    for (let n = 2; !fits(id, names); n++) id = `${base}-${n}`;
    return id;
  }

  /** The id for a tag named so in these languages, or undefined when its names belong to different tags. */
  function resolve(names: Names): string | undefined {
    const known = new Set((Object.entries(names) as [Locale, string][]).flatMap(([locale, name]) => byName.get(locale)!.get(norm(name)) ?? []));
    if (known.size > 1) return undefined;
    const [id] = known;
    if (id === undefined) return freshId(names);
    return fits(id, names) ? id : undefined;
  }

  function assign(id: string, names: Names) {
    tags[id] ??= { name: {} };
    for (const [locale, name] of Object.entries(names) as [Locale, string][]) {
      tags[id].name[locale] ??= name;
      byName.get(locale)!.set(norm(name), id);
    }
  }

  const byKey = new Map<string, TagSource[]>();
  for (const source of sources) byKey.set(source.key, [...(byKey.get(source.key) ?? []), source]);
  const singles: TagSource[] = [];
  for (const key of [...byKey.keys()].sort()) {
    const group = byKey.get(key)!;
    const counts = new Set(group.map((source) => source.names.length));
    if (group.length < 2 || counts.has(0)) {
      singles.push(...group);
      continue;
    }
    if (counts.size > 1) {
      unpaired.push({ key, reason: `its languages list different numbers of tags (${group.map((source) => `${source.locale} ${source.names.length}`).join(', ')})` });
      singles.push(...group);
      continue;
    }
    group[0].names.forEach((_, index) => {
      const names: Names = Object.fromEntries(group.map((source) => [source.locale, source.names[index]]));
      const id = resolve(names);
      if (id) return assign(id, names);
      unpaired.push({ key, reason: `tag ${index + 1} (${Object.values(names).join(' / ')}) is named differently elsewhere` });
      for (const source of group) singles.push({ key, locale: source.locale, names: [source.names[index]] });
    });
  }
  for (const source of singles) {
    for (const name of source.names) assign(resolve({ [source.locale]: name })!, { [source.locale]: name });
  }

  const parsed = tagsSchema.safeParse(tags);
  if (!parsed.success) throw new ImportError(`tags could not be merged: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return {
    tags: parsed.data,
    idOf: (locale, name) => byName.get(locale)!.get(norm(name)) ?? tagIdFromName(name),
    ...changes(existing, parsed.data),
    unpaired,
  };
}

/** The tags and names `tags` has that `existing` lacked. */
function changes(existing: Tags, tags: Tags): Pick<TagPlan, 'added' | 'named'> {
  const ids = Object.keys(tags).sort();
  return {
    added: ids.filter((id) => !existing[id]).map((id) => ({ id, names: { ...tags[id].name } })),
    named: ids.filter((id) => existing[id] && Object.keys(tags[id].name).some((locale) => existing[id].name[locale as Locale] === undefined)),
  };
}

/**
 * The plan cut down to the posts that were written: tags.json gains only the tags and
 * names those posts use, so a post that failed to import leaves no tag behind. Ids stay
 * as planned, since the written posts already carry them.
 */
export function keepWritten(existing: Tags, plan: TagPlan, written: TagSource[]): Pick<TagPlan, 'tags' | 'added' | 'named'> {
  const tags: Tags = structuredClone(existing);
  for (const { locale, names } of written) {
    for (const name of names) {
      const id = plan.idOf(locale, name);
      tags[id] ??= { name: {} };
      tags[id].name[locale] ??= plan.tags[id].name[locale];
    }
  }
  return { tags, ...changes(existing, tags) };
}
