/**
 * One-line YAML scalars for the fast reader (./yaml-fast.ts), read as the
 * `yaml` package reads them: quoted scalars with their escapes, and plain
 * scalars resolved by the YAML 1.2 core schema. A quoted scalar that the
 * reader should leave to the package (an unknown escape, no closing quote
 * on the line) gives undefined.
 */

export interface Quoted {
  value: string;
  /** Offset just after the closing quote. */
  close: number;
}

/** The escapes of double-quoted scalars (besides \x, \u and \U), as the `yaml` package has them. */
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};

/** The double-quoted scalar opened at `at`, closed before `lineEnd`. */
export function doubleQuoted(text: string, at: number, lineEnd: number): Quoted | undefined {
  let value = '';
  let run = at + 1;
  for (let i = run; i < lineEnd; i++) {
    const ch = text[i];
    if (ch === '"') return { value: value + text.slice(run, i), close: i + 1 };
    if (ch !== '\\') continue;
    value += text.slice(run, i);
    const next = text[++i]!;
    const simple = Object.hasOwn(ESCAPES, next) ? ESCAPES[next] : undefined;
    if (simple !== undefined) value += simple;
    else {
      const length = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
      const hex = text.slice(i + 1, i + 1 + length);
      if (length === 0 || i + length >= lineEnd || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) return undefined;
      value += String.fromCodePoint(code);
      i += length;
    }
    run = i + 1;
  }
  return undefined;
}

/** The single-quoted scalar opened at `at` (`''` is a quote), closed before `lineEnd`. */
export function singleQuoted(text: string, at: number, lineEnd: number): Quoted | undefined {
  let value = '';
  let run = at + 1;
  for (let i = run; i < lineEnd; i++) {
    if (text[i] !== "'") continue;
    value += text.slice(run, i);
    if (text[i + 1] !== "'") return { value, close: i + 1 };
    value += "'";
    run = ++i + 1;
  }
  return undefined;
}

/**
 * Whether a plain scalar may start at `at`: not with an indicator, and with
 * `-`, `?` or `:` only when a non-space follows (in a flow collection, nor
 * a flow indicator).
 */
export function isPlainStart(text: string, at: number, flow: boolean): boolean {
  const ch = text[at]!;
  if (ch === '-' || ch === '?' || ch === ':') {
    const next = text[at + 1];
    return next !== undefined && next !== ' ' && next !== '\n' && !(flow && ',[]{}'.includes(next));
  }
  return !',[]{}#&*!|>\'"%@`'.includes(ch);
}

/** `source` without its trailing spaces (only spaces: trimEnd() would take U+3000 and others too). */
export function trimSpaces(source: string): string {
  let length = source.length;
  while (source[length - 1] === ' ') length--;
  return length < source.length ? source.slice(0, length) : source;
}

/** The first characters of the plain scalars that the core schema may read as something other than a string. */
const MAYBE_NOT_STRING = new Set('~nNtTfF0123456789+-.');

/** A plain scalar's value under the YAML 1.2 core schema, as the `yaml` package resolves it (its tags, in its order). */
export function plainValue(source: string): unknown {
  if (source !== '' && !MAYBE_NOT_STRING.has(source[0]!)) return source;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(source)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source)) return source[0] === 't' || source[0] === 'T';
  if (/^0o[0-7]+$/.test(source)) return parseInt(source.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return parseInt(source.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source)) {
    return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source)) return parseFloat(source);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) return parseFloat(source);
  return source;
}
