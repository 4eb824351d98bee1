import { MermaidSourceError, type SourceLine } from './source-line';

// The patterns beautiful-mermaid's sequence parser tries, in its order (src/sequence/parser.ts).
const PARTICIPANT = /^(?:participant|actor)\s+\S+?(?:\s+as\s+.+)?$/;
const NOTE = /^Note\s+(?:left of|right of|over)\s+[^:]+:\s*.+$/i;
const BLOCK = /^(loop|alt|opt|par|critical|break|rect)\s*(.*)$/;
const DIVIDER = /^(else|and)\s*(.*)$/;
const MESSAGE = [
  /^(\S+?)\s*(?:--?>?>|--?[)x]|--?>>|--?>)\s*[+-]?(\S+?)\s*:\s*.+$/,
  /^(\S+?)\s*(?:->>|-->>|-\)|--\)|-x|--x|->|-->)\s*[+-]?(\S+?)\s*:\s*.+$/,
];
/** Lines the library skips; they only change how activation bars look. */
const ACTIVATION = /^(?:activate|deactivate)\s+\S+$/;

const EXPECTED =
  'expected participant, actor, Note, a message such as A->>B: text, or loop/alt/opt/par/critical/break/rect ... end';

/**
 * Checks a sequence diagram line by line. The library drops lines it does not
 * understand, and reads any line that merely starts with a block keyword as a
 * block (`parser->>lexer: tokens` opens a "par" block), so each line must be
 * what the library will take it for.
 */
export function checkSequence(lines: SourceLine[]): void {
  const blocks: SourceLine[] = [];
  for (const line of lines) {
    const { text } = line;
    const fail = (message: string): never => {
      throw new MermaidSourceError(line.number, message);
    };
    if (PARTICIPANT.test(text) || NOTE.test(text)) continue;
    const block = BLOCK.exec(text);
    if (block) {
      if (!isKeyword(text, block[1])) fail(`a line starting with "${block[1]}" is read as a ${block[1]} block; give the participant another name`);
      blocks.push(line);
      continue;
    }
    const divider = blocks.length ? DIVIDER.exec(text) : null;
    if (divider) {
      if (!isKeyword(text, divider[1])) fail(`inside a block a line starting with "${divider[1]}" is read as a divider; give the participant another name`);
      continue;
    }
    if (text === 'end') {
      if (!blocks.pop()) fail('"end" without a loop/alt/opt/par/critical/break/rect block to close');
      continue;
    }
    const message = MESSAGE.map((pattern) => pattern.exec(text)).find(Boolean);
    if (message) {
      if (/[<>]/.test(message[1] + message[2])) fail(`cannot read the participants of "${text}" (${EXPECTED})`);
      continue;
    }
    if (ACTIVATION.test(text)) continue;
    if (/^(?:else|and)\b/.test(text)) fail(`"${text.split(/\s/)[0]}" may stand only inside a block`);
    if (/^(?:autonumber|title|box|create|destroy|links?)\b/.test(text)) fail(`"${text.split(/\s/)[0]}" is not supported in sequence diagrams here`);
    fail(`cannot read "${text}" (${EXPECTED})`);
  }
  const unclosed = blocks.pop();
  if (unclosed) throw new MermaidSourceError(unclosed.number, 'this block is never closed with "end"');
}

function isKeyword(text: string, keyword: string): boolean {
  return text.length === keyword.length || /\s/.test(text[keyword.length]);
}
