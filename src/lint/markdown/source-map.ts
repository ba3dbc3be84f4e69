/**
 * marked reads Markdown with line feeds only. A body with CRLF line ends is
 * normalised before lexing; this maps offsets in the normalised text back to
 * offsets in the file.
 */
export class NormalizedText {
  readonly text: string;
  /** Normalised offsets just after each removed `\r`, ascending. */
  private readonly removed: number[] = [];

  constructor(
    original: string,
    /** Offset of `original` inside its file. */
    private readonly base: number,
  ) {
    if (!original.includes('\r')) {
      this.text = original;
      return;
    }
    let out = '';
    let last = 0;
    for (let i = original.indexOf('\r'); i !== -1; i = original.indexOf('\r', i + 1)) {
      out += original.slice(last, i);
      if (original[i + 1] === '\n') this.removed.push(out.length);
      else out += '\n';
      last = i + 1;
    }
    this.text = out + original.slice(last);
  }

  /** The file offset of a normalised offset. */
  toFile(offset: number): number {
    let lo = 0;
    let hi = this.removed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.removed[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return this.base + offset + lo;
  }
}
