/** Lines of a text: offsets to 1-based line and column (binary search over line starts), and Markdown's lines outside code. */

/** Offsets to 1-based line and column, for any text. */
export class LineIndex {
  /** Offset of each line's first character (4 bytes a line: a pack's files have millions of lines). */
  readonly starts: Int32Array;

  constructor(readonly text: string) {
    let count = 1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
    this.starts = new Int32Array(count);
    for (let i = text.indexOf('\n'), line = 1; i !== -1; i = text.indexOf('\n', i + 1)) this.starts[line++] = i + 1;
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** Offset of the first character of a 1-based line. */
  offset(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The lines of Markdown from offset `from`, each without its line ending and
 * with its offset, skipping fenced code blocks and their fences. A fence
 * closes as CommonMark closes it: the same character, at least as many, and
 * nothing else on the line.
 */
export function* proseLines(text: string, from = 0): Generator<{ line: string; offset: number }> {
  let fence: string | undefined;
  for (let offset = from; offset < text.length; ) {
    let end = text.indexOf('\n', offset);
    if (end === -1) end = text.length;
    const line = text.slice(offset, end).replace(/\r$/, '');
    const marker = FENCE.exec(line)?.[1];
    if (fence === undefined && marker === undefined) yield { line, offset };
    else if (fence === undefined) fence = marker;
    else if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    offset = end + 1;
  }
}
