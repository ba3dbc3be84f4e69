/**
 * A fast reader for the plain YAML that pack files are written in: block
 * maps and sequences, keys that are plain words, and scalars on one line
 * (plain, single- or double-quoted), with comments before the document and
 * after a value. It builds the YamlTree and the plain value in one pass over
 * the lines, with no token or node objects, because the `yaml` package's
 * lexer, parser and composer were most of lint's time and garbage on a big
 * pack.
 *
 * It gives the same tree (kinds, ranges, keys, values) and value as the
 * `yaml` package's path in ./yaml-source.ts, or gives up: anything it does
 * not fully understand (flow collections, block scalars, anchors, aliases,
 * tags, directives, documents markers, multi-line scalars, empty values,
 * comment lines inside the document, tabs, CR, a BOM, duplicate or
 * non-string keys, deep nesting) returns undefined, and the caller uses the
 * `yaml` package, which also reports any error. tests/course/yaml-fast.test.ts
 * compares the two node by node.
 */
import { MAX_NESTING } from './nesting.js';
import { Kind, TreeBuilder, type YamlTree } from './yaml-tree.js';

export interface FastYaml {
  tree: YamlTree;
  value: unknown;
}

/** Characters the fast reader never reads past: tab, CR, BOM, C0 controls other than LF, DEL; and document-level markers. */
const UNSUPPORTED_TEXT = /[\t\r\uFEFF\x00-\x08\x0b-\x1f\x7f]|^(?:---|\.\.\.|%)/m;

/** Thrown (and caught in `readFastYaml`) when the text leaves the subset. */
class Unsupported {}
const GIVE_UP = new Unsupported();

export function readFastYaml(text: string): FastYaml | undefined {
  if (UNSUPPORTED_TEXT.test(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

interface Parsed {
  node: number;
  value: unknown;
  /** Where the node ends, with the rest of its last line (the `yaml` package's `range[2]`). */
  end: number;
}

/** Collections deeper than this are left to the `yaml` path, which reports what is too deep. */
const MAX_DEPTH = MAX_NESTING - 4;
/** The `yaml` package refuses implicit keys over 1,024 characters; stay well below. */
const MAX_KEY = 512;

class Reader {
  private readonly tree = new TreeBuilder();
  /** Start of the next line to read. */
  private line = 0;

  constructor(private readonly text: string) {}

  document(): FastYaml {
    const text = this.text;
    // Blank and comment lines before the document are not part of it.
    let at = 0;
    for (;;) {
      if (at >= text.length) throw GIVE_UP; // an empty document
      const first = this.firstNonSpace(at);
      if (first < text.length && text[first] !== '\n' && text[first] !== '#') break;
      at = this.nextLine(at);
    }
    if (this.keyEnd(at) === -1) throw GIVE_UP; // only a map at column 0 is read here
    this.line = at;
    const root = this.map(0, at, 1);
    if (this.line < text.length) throw GIVE_UP;
    return { tree: this.tree.build(root.node), value: root.value };
  }

  /** A block map whose first key starts at `keyAt`, in column `indent`. */
  private map(indent: number, keyAt: number, depth: number): Parsed {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    const text = this.text;
    const id = this.tree.node(Kind.Map, keyAt, -1);
    const value: Record<string, unknown> = {};
    const keys: string[] = [];
    const keyNodes: number[] = [];
    const valueNodes: number[] = [];
    let end = keyAt;
    for (;;) {
      const keyEnd = this.keyEnd(keyAt);
      if (keyEnd === -1) throw GIVE_UP;
      const key = text.slice(keyAt, keyEnd);
      if (key === '__proto__' || typeof plainValue(key) !== 'string' || keys.includes(key)) throw GIVE_UP;
      keys.push(key);
      keyNodes.push(this.tree.node(Kind.Scalar, keyAt, keyEnd, key));
      const item = this.valueAfter(keyEnd + 1, indent, depth, true);
      valueNodes.push(item.node);
      value[key] = item.value;
      end = item.end;
      const next = this.nextContent();
      if (next === -1) break;
      const column = next - this.line;
      if (column < indent) break;
      if (column > indent) throw GIVE_UP; // a continuation line or a bad indent
      keyAt = next;
    }
    const first = this.tree.reserve(id, keys.length);
    for (let i = 0; i < keys.length; i++) this.tree.setSlot(first + i, valueNodes[i]!, keyNodes[i]!, keys[i]);
    this.tree.setEnd(id, end);
    return { node: id, value, end };
  }

  /** A block sequence whose first `-` is at `dashAt`, in column `indent`. */
  private seq(indent: number, dashAt: number, depth: number): Parsed {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    const id = this.tree.node(Kind.Seq, dashAt, -1);
    const value: unknown[] = [];
    const nodes: number[] = [];
    let end = dashAt;
    for (;;) {
      if (!this.isDash(dashAt)) throw GIVE_UP;
      const item = this.valueAfter(dashAt + 1, indent, depth, false);
      nodes.push(item.node);
      value.push(item.value);
      end = item.end;
      const next = this.nextContent();
      if (next === -1) break;
      const column = next - this.line;
      if (column < indent || (column === indent && !this.isDash(next))) break;
      if (column > indent) throw GIVE_UP;
      dashAt = next;
    }
    const first = this.tree.reserve(id, nodes.length);
    for (let i = 0; i < nodes.length; i++) this.tree.setSlot(first + i, nodes[i]!);
    this.tree.setEnd(id, end);
    return { node: id, value, end };
  }

  /**
   * The value after a key's `:` or an item's `-` at `from` (a space or the
   * line's end follows both), of a collection in column `indent`: a scalar
   * on this line, a map on this line (sequence items only), or a collection
   * on the lines below.
   */
  private valueAfter(from: number, indent: number, depth: number, inMap: boolean): Parsed {
    const text = this.text;
    const at = this.firstNonSpace(from);
    const lineEnd = this.lineEnd(from);
    if (at < lineEnd) {
      if (text[at] === '#') throw GIVE_UP; // a comment where the value would be
      if (!inMap && this.keyEnd(at) !== -1) return this.map(at - this.line, at, depth + 1);
      const scalar = this.scalar(at, lineEnd);
      this.line = lineEnd + 1;
      const next = this.nextContent();
      if (next !== -1 && next - this.line > indent) throw GIVE_UP; // a multi-line scalar, or a bad indent
      return scalar;
    }
    if (!inMap) throw GIVE_UP; // `-` alone on its line
    this.line = lineEnd + 1;
    const next = this.nextContent();
    if (next === -1) throw GIVE_UP; // an empty value
    const column = next - this.line;
    if (this.isDash(next) && column >= indent) return this.seq(column, next, depth + 1);
    if (column > indent && this.keyEnd(next) !== -1) return this.map(column, next, depth + 1);
    throw GIVE_UP; // an empty value, or a scalar on the next line
  }

  /** A scalar from `at` to the end of its line, with nothing but a comment after it. */
  private scalar(at: number, lineEnd: number): Parsed {
    const text = this.text;
    const end = lineEnd < text.length ? lineEnd + 1 : lineEnd;
    const ch = text[at]!;
    if (ch === '"' || ch === "'") {
      const quoted = ch === '"' ? this.doubleQuoted(at, lineEnd) : this.singleQuoted(at, lineEnd);
      const after = this.firstNonSpace(quoted.close);
      if (after < lineEnd && (text[after] !== '#' || after === quoted.close)) throw GIVE_UP;
      return { node: this.tree.node(Kind.Scalar, at, quoted.close, quoted.value), value: quoted.value, end };
    }
    if (!isPlainStart(text, at)) throw GIVE_UP;
    let source = text.slice(at, lineEnd);
    const comment = source.indexOf(' #');
    if (comment !== -1) source = source.slice(0, comment);
    let length = source.length;
    while (source[length - 1] === ' ') length--; // only spaces: trimEnd() would take U+3000 and others too
    if (length < source.length) source = source.slice(0, length);
    const valueEnd = at + length;
    // `a: b: c` and `a: b:` are errors (a map where a scalar was expected).
    if (source.includes(': ') || source.endsWith(':')) throw GIVE_UP;
    const value = plainValue(source);
    return { node: this.tree.node(Kind.Scalar, at, valueEnd, value), value, end };
  }

  private doubleQuoted(at: number, lineEnd: number): { value: string; close: number } {
    const text = this.text;
    let value = '';
    let i = at + 1;
    let run = i;
    for (; i < lineEnd; i++) {
      const ch = text[i];
      if (ch === '"') return { value: value + text.slice(run, i), close: i + 1 };
      if (ch !== '\\') continue;
      value += text.slice(run, i);
      const next = text[++i]!;
      const simple = ESCAPES[next];
      if (simple !== undefined) value += simple;
      else {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
        const hex = text.slice(i + 1, i + 1 + length);
        if (length === 0 || i + length >= lineEnd || !/^[0-9a-fA-F]+$/.test(hex)) throw GIVE_UP;
        const code = parseInt(hex, 16);
        if (code > 0x10ffff) throw GIVE_UP;
        value += String.fromCodePoint(code);
        i += length;
      }
      run = i + 1;
    }
    throw GIVE_UP; // not closed on its line
  }

  private singleQuoted(at: number, lineEnd: number): { value: string; close: number } {
    const text = this.text;
    let value = '';
    let run = at + 1;
    for (let i = run; i < lineEnd; i++) {
      if (text[i] !== "'") continue;
      value += text.slice(run, i);
      if (text[i + 1] !== "'") return { value, close: i + 1 };
      value += "'";
      run = ++i + 1;
    }
    throw GIVE_UP;
  }

  /**
   * Moves `line` past blank lines to the next line with content and returns
   * the offset of its first character, or -1 at the end of the text. A
   * comment line inside the document is left to the `yaml` package (which
   * collection owns it changes ranges).
   */
  private nextContent(): number {
    const text = this.text;
    while (this.line < text.length) {
      const first = this.firstNonSpace(this.line);
      if (first < text.length && text[first] !== '\n') {
        if (text[first] === '#') throw GIVE_UP;
        return first;
      }
      this.line = first + 1;
    }
    return -1;
  }

  /** The end of a plain-word key at `at` followed by `:` and a space or line end, or -1. */
  private keyEnd(at: number): number {
    const text = this.text;
    let i = at;
    const first = text.charCodeAt(i);
    if (!(isLetter(first) || first === 0x5f)) return -1;
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!(isLetter(c) || isDigit(c) || c === 0x5f || c === 0x2d)) break;
    }
    if (text[i] !== ':' || i - at > MAX_KEY) return -1;
    const after = text[i + 1];
    return after === undefined || after === ' ' || after === '\n' ? i : -1;
  }

  private isDash(at: number): boolean {
    const after = this.text[at + 1];
    return this.text[at] === '-' && (after === undefined || after === ' ' || after === '\n');
  }

  private firstNonSpace(at: number): number {
    while (this.text[at] === ' ') at++;
    return at;
  }

  private lineEnd(at: number): number {
    const end = this.text.indexOf('\n', at);
    return end === -1 ? this.text.length : end;
  }

  private nextLine(at: number): number {
    return this.lineEnd(at) + 1;
  }
}

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

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A plain scalar may not start with an indicator; `-`, `?` and `:` only when a non-space follows. */
function isPlainStart(text: string, at: number): boolean {
  const ch = text[at]!;
  if ('-?:'.includes(ch)) {
    const next = text[at + 1];
    return next !== undefined && next !== ' ' && next !== '\n';
  }
  return !',[]{}#&*!|>\'"%@`'.includes(ch);
}

/** The first characters of the plain scalars that the core schema does not read as strings. */
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
