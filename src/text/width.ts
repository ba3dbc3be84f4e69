/**
 * Display width in terminal columns. East Asian wide and full-width
 * characters and emoji count two columns, combining marks and zero-width
 * characters none. Text is measured per grapheme cluster; each distinct
 * cluster is measured once with string-width and cached, with a fast path
 * for printable ASCII (per-character string-width over a long chapter is slow).
 */
import stringWidth from 'string-width';
import { ANSI_SEQUENCE } from './ansi.js';

const widthCache = new Map<string, number>();

/** The columns one grapheme cluster takes. */
export function clusterWidth(cluster: string): number {
  const code = cluster.charCodeAt(0);
  if (cluster.length === 1 && code >= 0x20 && code < 0x7f) return 1;
  let width = widthCache.get(cluster);
  if (width === undefined) {
    width = stringWidth(cluster);
    widthCache.set(cluster, width);
  }
  return width;
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
