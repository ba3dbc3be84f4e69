/**
 * The mutation fuzzer's moves, as fast-check arbitraries (so a failure
 * shrinks to the fewest, smallest mutations): bit flips, truncation,
 * duplicated, deleted and swapped lines, and insertions of random Unicode
 * (CJK, lone surrogates, NUL, controls), terminal attacks and the tokens
 * that give YAML and Markdown structure, sometimes repeated hundreds of
 * times. Applied to bytes (for files on disk, where an inserted lone
 * surrogate becomes invalid UTF-8) or to text (UTF-16, for pure functions).
 */
import fc from 'fast-check';
import { PAYLOADS } from '../helpers/hostile-pack.js';

export type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'truncate'; at: number }
  | { op: 'duplicate-line'; at: number; times: number }
  | { op: 'delete-line'; at: number }
  | { op: 'swap-lines'; at: number; with: number }
  | { op: 'insert'; at: number; text: string };

const STRUCTURE = [
  '\n', '- ', ': ', '[', ']', '{', '}', ', ', '&a ', '*a', '!!binary ', '!!js/function ', '---\n', '...\n', '| ', '>- ', '? ', '#', '%YAML 1.1\n',
  '"', "'", '\\', '\t', '  ', 'null', '~', 'true', '1e400', '-0', '0x1f', '.nan', '99999999999999999999', '<<: *a',
  '__proto__: ', 'constructor: ', 'prototype: ', 'id: ', 'ref: ../../etc/passwd', 'ref: /etc/passwd', 'ref: ..\\..\\x', 'type: order',
  '## ', '# ', '{#x}', '{#../x}', '> ', '* ', '1. ', '`', '```\n', '~~~\n', '**', '_', '~~', '[x](', ')', '![i](u)', '<div>', '</div>', '<!--', '|', '| --- |', '\\\n',
  'https://example.com/\u001b]8;;x\u0007', '&amp;', '&#0;', '&#x202e;',
];

const cjk = fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 40 });
const fullwidth = fc.string({ unit: fc.constantFrom('，', '。', '！', '？', '：', '；', '（', '）', '“', '”', '、', '《', '》', '　', '…', '—'), minLength: 1, maxLength: 10 });
const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f).map((c) => String.fromCharCode(c));
const attack = fc.constantFrom(...Object.values(PAYLOADS), '\u0000', '\u202e', '\u2066', '\ufeff', '\u200b', '\r\n', '\r');
const token = fc.constantFrom(...STRUCTURE);

export const insertText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: token, weight: 4 },
  { arbitrary: fc.tuple(token, fc.integer({ min: 2, max: 300 })).map(([t, n]) => t.repeat(n)), weight: 1 },
  { arbitrary: cjk, weight: 2 },
  { arbitrary: fullwidth, weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 1 },
  { arbitrary: surrogate, weight: 1 },
  { arbitrary: control, weight: 1 },
  { arbitrary: attack, weight: 2 },
);

const at = fc.nat({ max: 1_000_000 });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('flip' as const), at, bit: fc.integer({ min: 0, max: 7 }) }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('truncate' as const), at }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('duplicate-line' as const), at, times: fc.integer({ min: 1, max: 50 }) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('delete-line' as const), at }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('swap-lines' as const), at, with: at }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('insert' as const), at, text: insertText }), weight: 6 },
);

export const mutations: fc.Arbitrary<Mutation[]> = fc.array(mutation, { minLength: 1, maxLength: 6 });

/** Lines of a sequence, each with its line feed. */
function splitLines<T extends { length: number }>(data: T, index: (from: number) => number, slice: (a: number, b: number) => T): T[] {
  const lines: T[] = [];
  let from = 0;
  while (from < data.length) {
    const nl = index(from);
    const end = nl === -1 ? data.length : nl + 1;
    lines.push(slice(from, end));
    from = end;
  }
  return lines;
}

function lineOp<T>(lines: T[], m: Mutation): T[] {
  if (lines.length === 0) return lines;
  const i = m.at % lines.length;
  const out = [...lines];
  if (m.op === 'duplicate-line') out.splice(i, 0, ...Array.from({ length: m.times }, () => lines[i]!));
  else if (m.op === 'delete-line') out.splice(i, 1);
  else if (m.op === 'swap-lines') {
    const j = m.with % lines.length;
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** UTF-8, except that a lone surrogate is written as its 3-byte (invalid) form, as a broken editor would. */
export function wtf8(text: string): Buffer {
  const parts: Buffer[] = [];
  let run = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
    if (c >= 0xd800 && c <= 0xdfff && !pair) {
      parts.push(Buffer.from(run, 'utf8'), Buffer.from([0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]));
      run = '';
    } else {
      run += text[i];
      if (pair) run += text[++i];
    }
  }
  parts.push(Buffer.from(run, 'utf8'));
  return Buffer.concat(parts);
}

export function mutateBytes(input: Buffer, list: readonly Mutation[]): Buffer {
  let data = input;
  for (const m of list) {
    if (m.op === 'flip') {
      if (data.length === 0) continue;
      data = Buffer.from(data);
      const i = m.at % data.length;
      data[i] = data[i]! ^ (1 << m.bit);
    } else if (m.op === 'truncate') data = data.subarray(0, data.length === 0 ? 0 : m.at % data.length);
    else if (m.op === 'insert') {
      const i = data.length === 0 ? 0 : m.at % (data.length + 1);
      data = Buffer.concat([data.subarray(0, i), wtf8(m.text), data.subarray(i)]);
    } else {
      const d = data;
      data = Buffer.concat(lineOp(splitLines(d, (from) => d.indexOf(0x0a, from), (a, b) => d.subarray(a, b)), m));
    }
  }
  return data;
}

export function mutateText(input: string, list: readonly Mutation[]): string {
  let text = input;
  for (const m of list) {
    if (m.op === 'flip') {
      if (text.length === 0) continue;
      const i = m.at % text.length;
      text = `${text.slice(0, i)}${String.fromCharCode(text.charCodeAt(i) ^ (1 << (m.bit * 2)))}${text.slice(i + 1)}`;
    } else if (m.op === 'truncate') text = text.slice(0, text.length === 0 ? 0 : m.at % text.length);
    else if (m.op === 'insert') {
      const i = text.length === 0 ? 0 : m.at % (text.length + 1);
      text = `${text.slice(0, i)}${m.text}${text.slice(i)}`;
    } else {
      const t = text;
      text = lineOp(splitLines(t, (from) => t.indexOf('\n', from), (a, b) => t.slice(a, b)), m).join('');
    }
  }
  return text;
}
