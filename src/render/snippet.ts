/**
 * A search result snippet: the text around the first match, cut to about
 * `room` columns with "..." where it was cut, every match in it highlighted.
 */
import { isNoEnd, isNoStart } from '../text/kinsoku.js';
import { clusterWidth, graphemes } from '../text/width.js';
import type { Style } from './theme.js';

export function snippet(text: string, matches: { start: number; end: number }[], room: number, highlight: Style): string {
  // Only the text near the first match can be shown: a 2 MB section with 400,000 matches is cut to
  // a window first, so the work is bounded by the room, not by the text or the number of matches.
  const first = matches[0] ?? { start: 0, end: 0 };
  const reach = Math.max(room, 20) * 8;
  let from = Math.max(0, first.start - reach);
  let to = Math.min(text.length, first.end + reach);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from--;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to++;
  if (from === 0 && to === text.length) return cut(text, matches, room, highlight, false, false);
  const inside: { start: number; end: number }[] = [];
  for (const m of matches) {
    if (m.start >= to) break;
    if (m.start >= from && m.end <= to) inside.push({ start: m.start - from, end: m.end - from });
  }
  return cut(text.slice(from, to), inside, room, highlight, from > 0, to < text.length);
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function cut(text: string, matches: { start: number; end: number }[], room: number, highlight: Style, before: boolean, after: boolean): string {
  // White space is folded; `map` takes offsets in `text` to offsets in `folded`.
  // (Built in parts and never read back while building: re-reading a growing string made this quadratic.)
  const map: number[] = new Array(text.length + 1);
  const parts: string[] = [];
  let length = 0;
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\n' || ch === '\t' || /\s/.test(ch)) {
      if (lastSpace) {
        map[i] = length - 1;
        continue;
      }
      map[i] = length;
      parts.push(' ');
      length++;
      lastSpace = true;
    } else {
      map[i] = length;
      parts.push(ch);
      length++;
      lastSpace = false;
    }
  }
  const folded = parts.join('');
  map[text.length] = folded.length;
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
  return `${lo > 0 || before ? '...' : ''}${out.trim()}${hi < clusters.length || after ? '...' : ''}`;
}

/** A narrow letter or digit: Latin words are not cut by a snippet. */
function isWordChar(cluster: string): boolean {
  return /^[\p{L}\p{N}_'’-]$/u.test(cluster) && clusterWidth(cluster) === 1;
}
