/**
 * Display width in terminal columns. East Asian wide and full-width
 * characters and emoji count two columns, combining marks and zero-width
 * characters none. Text is measured per grapheme cluster: printable ASCII
 * at once, a cluster of one code point from a table of string-width's own
 * answers (src/text/width-table.ts), and any other cluster once with
 * string-width, then cached. (string-width's import and first call cost more
 * than Node's start-up; most text never needs it.)
 */
import stringWidth from 'string-width';
import { ANSI_SEQUENCE } from './ansi.js';
import { RUN_STARTS, RUN_WIDTHS } from './width-table.js';

const widthCache = new Map<string, number>();

/** The columns one grapheme cluster takes. */
export function clusterWidth(cluster: string): number {
  const code = cluster.charCodeAt(0);
  if (cluster.length === 1 && code >= 0x20 && code < 0x7f) return 1;
  const single = singleCodePoint(cluster);
  if (single !== undefined) return codePointWidth(single);
  let width = widthCache.get(cluster);
  if (width === undefined) {
    width = stringWidth(cluster);
    widthCache.set(cluster, width);
  }
  return width;
}

/** The code point of a cluster that is exactly one code point. */
function singleCodePoint(cluster: string): number | undefined {
  if (cluster.length === 1) return cluster.charCodeAt(0);
  if (cluster.length !== 2) return undefined;
  const cp = cluster.codePointAt(0)!;
  return cp > 0xffff ? cp : undefined;
}

/** What string-width says of one code point, from the table of runs. */
export function codePointWidth(cp: number): number {
  let lo = 0;
  let hi = RUN_STARTS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (RUN_STARTS[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return RUN_WIDTHS.charCodeAt(lo) - 48;
}

/** Columns taken by `text`, escape sequences excluded. */
export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(ANSI_SEQUENCE, '') : text;
  if (/^[\x20-\x7e]*$/.test(plain)) return plain.length;
  let width = 0;
  for (const cluster of graphemes(plain)) width += clusterWidth(cluster);
  return width;
}

const EXTEND = /^[\p{M}\u200c\u200d\ufe00-\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}\u{e0100}-\u{e01ef}\u20e3]$/u;
const REGIONAL = /^[\u{1f1e6}-\u{1f1ff}]$/u;

/**
 * Grapheme clusters, close enough for terminal text: a base character with
 * its combining marks, variation selectors, skin tones, tags and keycaps;
 * ZWJ emoji sequences; flag pairs. Faster than Intl.Segmenter on Node 20.
 */
export function graphemes(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let joinNext = false;
  let regionalOpen = false;
  for (const char of text) {
    const extend = EXTEND.test(char);
    const regional = REGIONAL.test(char);
    if (current !== '' && (extend || joinNext || (regional && regionalOpen))) {
      current += char;
      regionalOpen = false;
    } else {
      if (current !== '') out.push(current);
      current = char;
      regionalOpen = regional;
    }
    joinNext = char === '\u200d';
  }
  if (current !== '') out.push(current);
  return out;
}

/** Pads `text` with spaces to `width` columns (never truncates). */
export function padEnd(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? text + ' '.repeat(gap) : text;
}

export function padStart(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? ' '.repeat(gap) + text : text;
}
