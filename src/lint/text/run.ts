/**
 * A run: one stretch of prose (a paragraph, a heading, a table cell, a YAML
 * value) as plain text, with the file offset of every character so findings
 * and fixes point into the file. Code spans, images, HTML and URLs become one
 * placeholder character that no typography rule matches.
 */
import type { Piece } from '../markdown/blocks.js';

export const OPAQUE = '\uFFFC';

export interface Run {
  text: string;
  /** File offset of each UTF-16 unit of `text`; -1 when unknown (placeholders, unlocated text). */
  offsets: number[];
  /** Where a space inserted before each character goes: outside any emphasis or link markup. */
  insertBefore: number[];
}

const URL = /\b(?:https?|ftp):\/\/[!-~]+|\bwww\.[!-~]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export function runFromPieces(pieces: readonly Piece[]): Run {
  const run: Run = { text: '', offsets: [], insertBefore: [] };
  let boundary: number | undefined;
  const push = (char: string, offset: number, before: number) => {
    run.text += char;
    run.offsets.push(offset);
    run.insertBefore.push(before);
  };
  for (const piece of pieces) {
    switch (piece.kind) {
      case 'text':
        for (let i = 0; i < piece.text.length; i++) {
          const offset = piece.offset === undefined ? -1 : piece.offset + i;
          push(piece.text[i]!, offset, i === 0 && boundary !== undefined ? boundary : offset);
        }
        boundary = undefined;
        break;
      case 'code':
      case 'atom':
        push(OPAQUE, -1, -1);
        boundary = undefined;
        break;
      case 'break':
        push('\n', -1, -1);
        boundary = undefined;
        break;
      case 'open':
        boundary ??= piece.offset ?? -1;
        break;
      case 'close':
        boundary = piece.offset ?? -1;
        break;
    }
  }
  return maskUrls(run);
}

/**
 * The run of a YAML string value: `value` is what the YAML means, `raw` the
 * node's source text at `base`. Each stretch of non-space characters is found
 * verbatim in the source in order; stretches that are not (escapes in a
 * double-quoted string) keep no offsets and so are never fixed.
 */
export function runFromScalar(value: string, raw: string, base: number): Run {
  const run: Run = { text: value, offsets: new Array<number>(value.length).fill(-1), insertBefore: [] };
  let cursor = 0;
  for (const match of value.matchAll(/\S+/g)) {
    const at = raw.indexOf(match[0], cursor);
    if (at === -1) continue;
    for (let i = 0; i < match[0].length; i++) run.offsets[match.index + i] = base + at + i;
    cursor = at + match[0].length;
  }
  run.insertBefore = [...run.offsets];
  return maskUrls(run);
}

function maskUrls(run: Run): Run {
  if (!/[:@.]/.test(run.text)) return run;
  run.text = run.text.replace(URL, (url) => OPAQUE.repeat(url.length));
  return run;
}
