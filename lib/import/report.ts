/** What an import did, collected per source file and printed at the end. */

export type NoteKind =
  | 'derived' // a front matter value the importer worked out
  | 'dropped-key' // a front matter key the site has no field for
  | 'unconverted' // a construct that could not be converted as written
  | 'link-rewritten'
  | 'link-dropped'
  | 'image-copied'
  | 'image-downloaded'
  | 'image-remote';

/** `target`: the file or address a note is about; the totals count each one once. */
export type Note = { file: string; line?: number; kind: NoteKind; message: string; target?: string };

export type PostOutcome =
  | { status: 'written' | 'would-write'; slug: string; locale: string; file: string; target: string }
  | { status: 'skipped'; slug: string; locale: string; file: string; reason: string }
  | { status: 'failed'; slug: string; locale: string; file: string; reason: string };

export class ImportReport {
  readonly notes: Note[] = [];
  readonly outcomes: PostOutcome[] = [];
  pairs = 0;
  authorsAdded: string[] = [];
  tagsAdded: { id: string; names: Partial<Record<string, string>> }[] = [];
  tagsNamed: string[] = [];

  note(file: string, kind: NoteKind, message: string, line?: number, target?: string) {
    this.notes.push({ file, line, kind, message, target });
  }

  /** Notes of a kind, each target once (an image that a post and its translation share is one file). */
  count(kind: NoteKind): number {
    return new Set(this.notes.filter((note) => note.kind === kind).map((note) => note.target ?? note)).size;
  }

  get failed(): PostOutcome[] {
    return this.outcomes.filter((outcome) => outcome.status === 'failed');
  }

  /** The report as plain lines, grouped by what happened, each note with its file and line. */
  format(): string {
    const by = (status: PostOutcome['status']) => this.outcomes.filter((outcome) => outcome.status === status);
    const written = [...by('written'), ...by('would-write')];
    const lines = [
      '',
      `Posts ${by('would-write').length ? 'that would be written (dry run)' : 'written'}: ${written.length}`,
      ...written.map((o) => `  ${o.file} -> ${'target' in o ? o.target : ''}`),
      `Skipped: ${by('skipped').length}`,
      ...by('skipped').map((o) => `  ${o.file}: ${'reason' in o ? o.reason : ''}`),
      `Failed: ${by('failed').length}`,
      ...by('failed').map((o) => `  ${'reason' in o ? o.reason : o.file}`),
      `Translations paired: ${this.pairs}`,
      `Authors added to authors.json: ${this.authorsAdded.length ? this.authorsAdded.join(', ') : 'none'}`,
      `Tags added to tags.json: ${this.tagsAdded.length ? this.tagsAdded.map(({ id, names }) => `${id} (${Object.values(names).join(' / ')})`).join(', ') : 'none'}`,
      ...(this.tagsNamed.length ? [`Tags given a name in another language: ${this.tagsNamed.join(', ')}`] : []),
      `Images: ${this.count('image-copied')} files copied, ${this.count('image-downloaded')} downloaded, ${this.count('image-remote')} addresses left remote`,
      `Links: ${this.count('link-rewritten')} rewritten, ${this.count('link-dropped')} dropped (text kept)`,
    ];
    const sections: [NoteKind, string][] = [
      ['derived', 'Front matter derived'],
      ['dropped-key', 'Front matter keys dropped'],
      ['image-remote', 'Images left remote'],
      ['link-dropped', 'Links dropped'],
      ['unconverted', 'Not converted as written (check by hand)'],
    ];
    for (const [kind, title] of sections) {
      const notes = this.notes.filter((note) => note.kind === kind);
      if (!notes.length) continue;
      lines.push(`${title}: ${notes.length}`);
      for (const note of notes) lines.push(`  ${note.file}${note.line ? `:${note.line}` : ''}: ${note.message}`);
    }
    return lines.join('\n');
  }
}
