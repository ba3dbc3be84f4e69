/**
 * Wrapping text to a terminal width by display width: Latin text breaks at
 * spaces, CJK text between any two characters (never before closing
 * punctuation such as ，。）). Words wider than a line are cut.
 */
import stringWidth from 'string-width';

const NO_BREAK_BEFORE = /^[，。、；：？！）》」』】”’…,.;:?!)\]}%]/u;
const NO_BREAK_AFTER = /[“‘（《「『【(]$/u;
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) out.push(...wrapLine(paragraph, Math.max(8, width)));
  return out;
}

/** The space after a label: none after a full-width colon (作答：…). */
export function gapAfter(label: string): string {
  return label.endsWith('：') ? '' : ' ';
}

/** Wraps with a first-line prefix and a hanging indent of the same width. */
export function hanging(prefix: string, text: string, width: number): string[] {
  const indent = ' '.repeat(stringWidth(prefix));
  return wrap(text, width - stringWidth(prefix)).map((line, i) => (i === 0 ? prefix : indent) + line);
}

function wrapLine(line: string, width: number): string[] {
  if (stringWidth(line) <= width) return [line.trimEnd()];
  const lines: string[] = [];
  let current: string[] = [];
  const text = (parts: string[]) => parts.join('').trimEnd();
  for (const token of tokens(line)) {
    if (current.length === 0 || stringWidth(text([...current, token])) <= width) {
      current.push(current.length === 0 ? token.trimStart() : token);
    } else {
      // Closing punctuation never starts a line and opening punctuation never
      // ends one: such tokens move to the next line with their neighbours.
      const next = [token];
      while (current.length > 1 && (NO_BREAK_BEFORE.test(next[0]!) || NO_BREAK_AFTER.test(current[current.length - 1]!))) {
        next.unshift(current.pop()!);
      }
      lines.push(text(current));
      current = next.map((t, i) => (i === 0 ? t.trimStart() : t));
    }
    if (stringWidth(text(current)) > width) current = [cut(text(current), width, lines)];
  }
  if (text(current) !== '') lines.push(text(current));
  return lines;
}

/** Words (with their trailing space) and single CJK characters. */
function tokens(line: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of line) {
    if (CJK.test(ch)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else if (ch === ' ') {
      out.push(`${word} `);
      word = '';
    } else {
      word += ch;
    }
  }
  if (word) out.push(word);
  return out;
}

/** Pushes full-width slices of `text` to `lines` and returns the rest. */
function cut(text: string, width: number, lines: string[]): string {
  let rest = text;
  while (stringWidth(rest) > width) {
    let slice = '';
    for (const ch of rest) {
      if (stringWidth(slice + ch) > width) break;
      slice += ch;
    }
    lines.push(slice);
    rest = rest.slice(slice.length);
  }
  return rest;
}
