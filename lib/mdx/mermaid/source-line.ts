/** One line of a diagram, trimmed, with its number (from 1) inside the diagram. */
export type SourceLine = { number: number; text: string };

/** A mistake in a diagram's source; `line` counts from 1 at the diagram's first line. */
export class MermaidSourceError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}
