/**
 * A search result snippet: the text around the first match, cut to about
 * `room` columns with "..." where it was cut, every match in it highlighted.
 */
import { isNoEnd, isNoStart } from '../text/kinsoku.js';
import { clusterWidth, graphemes } from '../text/width.js';
import type { Style } from './theme.js';

export function snippet(text: string, matches: { start: number; end: number }[], room: number, highlight: Style): string {
  // White space is folded; `map` takes offsets in `text` to offsets in `folded`.
  const map: number[] = [];
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (folded.endsWith(' ')) {
        map.push(folded.length - 1);
        continue;
      }
      map.push(folded.length);
      folded += ' ';
    } else {
      map.push(folded.length);
      folded += ch;
    }
  }
  map.push(folded.length);
  const spans = matches.map((m) => ({ start: map[m.start]!, end: map[m.end]! }));
  const first = spans[0] ?? { start: 0, end: 0 };
  const clusters = graphemes(folded);
  // Offsets of clusters in the folded text.
  const offsets: number[] = [];
  let at = 0;
  for (const c of clusters) {
    offsets.push(at);
    at += c.length;
  }
  const firstIndex = Math.max(0, offsets.findIndex((o) => o >= first.start));
  let lo = firstIndex;
  let hi = firstIndex;
  let width = 0;
  const budget = Math.max(10, room - 6);
  // Grow to the right through the match, then alternately left and right.
  while (hi < clusters.length && (offsets[hi]! < first.end || width < budget / 3)) {
    width += clusterWidth(clusters[hi]!);
    hi++;
  }
  let left = true;
  while (width < budget && (lo > 0 || hi < clusters.length)) {
    if ((left && lo > 0) || hi >= clusters.length) {
      const w = clusterWidth(clusters[lo - 1]!);
      if (width + w > budget) break;
      lo--;
      width += w;
    } else {
      const w = clusterWidth(clusters[hi]!);
      if (width + w > budget) break;
      hi++;
      width += w;
    }
    left = !left;
  }
  // A cut snippet starts and ends on a word boundary, never with closing
  // punctuation first or opening punctuation last.
  const inWord = (i: number) => i > 0 && i < clusters.length && isWordChar(clusters[i - 1]!) && isWordChar(clusters[i]!);
  while (lo > 0 && lo < firstIndex && (inWord(lo) || isNoStart(clusters[lo]!) || clusters[lo] === ' ')) lo++;
  const matchEnd = (i: number) => offsets[i - 1]! < first.end;
  while (hi < clusters.length && hi - 1 > firstIndex && !matchEnd(hi) && (inWord(hi) || isNoEnd(clusters[hi - 1]!) || clusters[hi - 1] === ' ')) hi--;
  const startOffset = offsets[lo] ?? 0;
  const endOffset = hi < clusters.length ? offsets[hi]! : folded.length;
  let out = '';
  let cursor = startOffset;
  for (const span of spans) {
    const s = Math.max(span.start, startOffset);
    const e = Math.min(span.end, endOffset);
    if (e <= s || s < cursor) continue;
    out += folded.slice(cursor, s) + highlight(folded.slice(s, e));
    cursor = e;
  }
  out += folded.slice(cursor, endOffset);
  return `${lo > 0 ? '...' : ''}${out.trim()}${hi < clusters.length ? '...' : ''}`;
}

/** A narrow letter or digit: Latin words are not cut by a snippet. */
function isWordChar(cluster: string): boolean {
  return /^[\p{L}\p{N}_'’-]$/u.test(cluster) && clusterWidth(cluster) === 1;
}
