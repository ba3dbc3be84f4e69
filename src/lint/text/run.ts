/**
 * A run: one stretch of prose (a paragraph, a heading, a table cell, a YAML
 * value) as plain text, mapped back to the file so findings and fixes point
 * into it. Code spans, images, HTML and URLs become placeholder characters
 * that no typography rule matches. The map is kept per segment (a stretch of
 * characters that are consecutive in the file), not per character, so a
 * large pack costs little memory.
 */
import type { Piece } from '../markdown/blocks.js';

export const OPAQUE = '\uFFFC';
/** Where an inline code span was: opaque too, but the code-spacing rule looks for it. */
export const CODE = '\uE000';

interface Segment {
  /** Index in the run's text where the segment starts. */
  at: number;
  /** File offset of that character; -1 when unknown. */
  offset: number;
}

export class Run {
  constructor(
    readonly text: string,
    /** Ascending by `at`; every index of `text` falls in one segment. */
    private readonly segments: readonly Segment[],
    /** Run index -> where a space inserted before it goes, when that is not its own offset (after markup). */
    private readonly boundaries: ReadonlyMap<number, number> = new Map(),
    /** Run indices just after emphasis opens or closes. */
    private readonly flanking: ReadonlySet<number> = new Set(),
  ) {}

  /** Whether emphasis opens or closes just before the character at `index` (its delimiters need their spaces). */
  afterEmphasis(index: number): boolean {
    return this.flanking.has(index);
  }

  /** File offset of the character at `index`; -1 when unknown. */
  offset(index: number): number {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.segments[mid]!.at <= index) lo = mid;
      else hi = mid - 1;
    }
    const segment = this.segments[lo];
    if (!segment || segment.offset === -1 || index < segment.at) return -1;
    return segment.offset + (index - segment.at);
  }

  /** Whether link, emphasis or HTML markup opens or closes just before the character at `index`. */
  afterMarkup(index: number): boolean {
    return this.boundaries.has(index) && this.text[index] !== OPAQUE && this.text[index] !== CODE;
  }

  /** Where a space inserted before the character at `index` goes: outside emphasis or link markup. */
  insertBefore(index: number): number {
    return this.boundaries.get(index) ?? this.offset(index);
  }
}

const URL = /\b(?:https?|ftp):\/\/[!-~]+|\bwww\.[!-~]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export function runFromPieces(pieces: readonly Piece[]): Run {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const boundaries = new Map<number, number>();
  const flanking = new Set<number>();
  let length = 0;
  let boundary: number | undefined;
  const push = (text: string, offset: number) => {
    segments.push({ at: length, offset });
    parts.push(text);
    length += text.length;
  };
  for (const piece of pieces) {
    switch (piece.kind) {
      case 'text':
        if (boundary !== undefined && boundary !== -1) boundaries.set(length, boundary);
        if (piece.literal) push(OPAQUE, -1);
        else push(piece.text, piece.offset ?? -1);
        boundary = undefined;
        break;
      case 'code':
      case 'atom': {
        const at = boundary ?? piece.offset ?? -1;
        if (at !== -1) boundaries.set(length, at);
        push(piece.kind === 'code' ? CODE : OPAQUE, -1);
        boundary = undefined;
        break;
      }
      case 'break':
        push('\n', -1);
        boundary = undefined;
        break;
      case 'open':
        boundary ??= piece.offset ?? -1;
        if (piece.flanking) flanking.add(length);
        break;
      case 'close':
        boundary = piece.offset ?? -1;
        if (piece.flanking) flanking.add(length);
        break;
    }
  }
  return new Run(maskProtected(parts.join('')), segments, boundaries, flanking);
}

/**
 * The run of a YAML string value: `value` is what the YAML means, `raw` the
 * node's source text at file offset `base`. Each stretch of non-space
 * characters is found verbatim in the source, in order; stretches that are not
 * (escapes in a double-quoted string) keep no offsets and so are never fixed.
 */
export function runFromScalar(value: string, raw: string, base: number): Run {
  const segments: Segment[] = [{ at: 0, offset: -1 }];
  let cursor = 0;
  for (const match of value.matchAll(/\S+/g)) {
    const at = raw.indexOf(match[0], cursor);
    if (at === -1) {
      segments.push({ at: match.index, offset: -1 });
      continue;
    }
    segments.push({ at: match.index, offset: base + at }, { at: match.index + match[0].length, offset: -1 });
    cursor = at + match[0].length;
  }
  return new Run(maskProtected(value), segments);
}

/**
 * Text inside prose that is not prose: HTML entities (`&nbsp;`, `&#96;`), container fences (`:::`),
 * template tags (`{% raw %}`, `{{ x }}`), inline math (`$x+1$`), runs of two or more ASCII marks
 * (`::`, `=>`, `?.`, `(...)`) and URLs and e-mail addresses. Masked with placeholders of the same
 * length, so no rule reads or changes them.
 */
const PROTECTED = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});|:{3,}|\{%.*?%\}|\{\{.*?\}\}|\$(?=\S)[^$\n]*?\S\$(?![0-9])|[!-/:-@[-`{-~](?:[!-/:-@[-`{-~])+/g;

function maskProtected(text: string): string {
  if (/[:@.]/.test(text)) text = text.replace(URL, (url) => OPAQUE.repeat(url.length));
  return text.replace(PROTECTED, (found) => (/^[.!?,;:()]+$/.test(found) && allowedRun(found) ? found : OPAQUE.repeat(found.length)));
}

/** Mark runs that are punctuation, not symbols: `...` (an ellipsis), `?!`, `!!`, `?)`, `.)`, `),` and the like. */
function allowedRun(run: string): boolean {
  return /^\.{3,}$/.test(run) || /^[!?]+$/.test(run) || /^[.!?,;:]?\)[.!?,;:]?$/.test(run);
}
