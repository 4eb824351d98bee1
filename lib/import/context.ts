import type { Node } from 'unist';
import type { NoteKind } from './report';

/** What every conversion step of one source file may use. */
export type ConvertContext = {
  /** The source file as shown in the report. */
  file: string;
  locale: string;
  slug: string;
  /** Records a note on the report, at a node's source line or at a source line number, about `target` (a file or address) if given. */
  note: (kind: NoteKind, message: string, at?: Node | number, target?: string) => void;
  /** Source line of a node of the prepared text. */
  lineOf: (node: Node) => number | undefined;
};
