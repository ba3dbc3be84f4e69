/** Offsets to 1-based line and column, for any text (binary search over line starts). */
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
