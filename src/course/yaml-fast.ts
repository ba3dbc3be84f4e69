/**
 * A fast reader for the plain YAML that pack files are written in: block
 * maps and sequences, keys that are plain words, scalars on one line (plain,
 * single- or double-quoted, ./yaml-scalars.ts), flow collections of those on
 * one line, and comments before the document and after a value. It builds
 * the YamlTree and the plain value in one pass over the lines, with no token
 * or node objects, because the `yaml` package's lexer, parser and composer
 * were most of lint's time and garbage on a big pack.
 *
 * It gives the same tree (kinds, ranges, keys, values) and value as the
 * `yaml` package's path in ./yaml-source.ts, or gives up: anything it does
 * not fully understand (block scalars, anchors, aliases, tags, directives,
 * document markers, multi-line scalars and flow collections, empty values,
 * comment lines inside the document, tabs, CR, a BOM, duplicate or
 * non-string keys, deep nesting) returns undefined, and the caller uses the
 * `yaml` package, which also reports any error. tests/course/yaml-fast.test.ts
 * compares the two node by node.
 */
import { MAX_NESTING } from './nesting.js';
import { doubleQuoted, isPlainStart, plainValue, singleQuoted, trimSpaces } from './yaml-scalars.js';
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

/** A node inside a line: a quoted scalar, a flow collection or an item of one; `close` is just after it. */
interface FlowItem {
  node: number;
  value: unknown;
  close: number;
}

/** Where a plain scalar inside a flow collection ends. */
const FLOW_END = new Set([',', '[', ']', '{', '}']);

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
      const key = this.newKey(keys, keyAt, keyEnd);
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
      const inline = this.inlineValue(at, lineEnd, depth);
      this.line = lineEnd + 1;
      const next = this.nextContent();
      if (next !== -1 && next - this.line > indent) throw GIVE_UP; // a multi-line scalar, or a bad indent
      return inline;
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

  /** A scalar or a flow collection from `at`, ending its line (but for a comment). */
  private inlineValue(at: number, lineEnd: number, depth: number): Parsed {
    const text = this.text;
    const end = lineEnd < text.length ? lineEnd + 1 : lineEnd;
    const ch = text[at]!;
    if (ch === '"' || ch === "'" || ch === '[' || ch === '{') {
      const item = ch === '[' || ch === '{' ? this.flow(at, lineEnd, depth + 1) : this.quoted(at, lineEnd);
      const after = this.firstNonSpace(item.close);
      if (after < lineEnd && (text[after] !== '#' || after === item.close)) throw GIVE_UP;
      return { node: item.node, value: item.value, end };
    }
    if (!isPlainStart(text, at, false)) throw GIVE_UP;
    let source = text.slice(at, lineEnd);
    const comment = source.indexOf(' #');
    if (comment !== -1) source = source.slice(0, comment);
    source = trimSpaces(source);
    // `a: b: c` and `a: b:` are errors (a map where a scalar was expected).
    if (source.includes(': ') || source.endsWith(':')) throw GIVE_UP;
    const value = plainValue(source);
    return { node: this.tree.node(Kind.Scalar, at, at + source.length, value), value, end };
  }

  private quoted(at: number, lineEnd: number): FlowItem {
    const quoted = this.text[at] === '"' ? doubleQuoted(this.text, at, lineEnd) : singleQuoted(this.text, at, lineEnd);
    if (!quoted) throw GIVE_UP; // an escape it does not know, or not closed on its line
    return { node: this.tree.node(Kind.Scalar, at, quoted.close, quoted.value), value: quoted.value, close: quoted.close };
  }

  /**
   * A flow sequence or map opened at `at` and closed on the same line, of
   * scalars and flow collections (map keys are words, as in block maps).
   */
  private flow(at: number, lineEnd: number, depth: number): FlowItem {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    const text = this.text;
    const isMap = text[at] === '{';
    const closer = isMap ? '}' : ']';
    const id = this.tree.node(isMap ? Kind.Map : Kind.Seq, at, -1);
    const keys: string[] = [];
    const keyNodes: number[] = [];
    const nodes: number[] = [];
    const values: unknown[] = [];
    let i = this.firstNonSpace(at + 1);
    if (text[i] !== closer) {
      for (;;) {
        if (isMap) {
          const keyEnd = this.keyEnd(i);
          if (keyEnd === -1 || text[keyEnd + 1] !== ' ') throw GIVE_UP;
          const key = this.newKey(keys, i, keyEnd);
          keyNodes.push(this.tree.node(Kind.Scalar, i, keyEnd, key));
          i = this.firstNonSpace(keyEnd + 1);
        }
        const item = this.flowItem(i, lineEnd, depth);
        nodes.push(item.node);
        values.push(item.value);
        i = this.firstNonSpace(item.close);
        if (text[i] === closer) break;
        if (text[i] !== ',') throw GIVE_UP; // `[a: b]`, `["a" b]`, or not closed on this line
        i = this.firstNonSpace(i + 1);
        if (text[i] === closer || text[i] === ',') throw GIVE_UP; // a trailing or doubled comma
      }
    }
    const first = this.tree.reserve(id, nodes.length);
    for (let n = 0; n < nodes.length; n++) this.tree.setSlot(first + n, nodes[n]!, isMap ? keyNodes[n] : -1, isMap ? keys[n] : undefined);
    this.tree.setEnd(id, i + 1);
    let value: unknown = values;
    if (isMap) {
      const map: Record<string, unknown> = {};
      keys.forEach((key, n) => (map[key] = values[n]));
      value = map;
    }
    return { node: id, value, close: i + 1 };
  }

  /** An item of a flow collection: a scalar that ends at `,` or the closing bracket, or a flow collection. */
  private flowItem(at: number, lineEnd: number, depth: number): FlowItem {
    const text = this.text;
    const ch = text[at];
    if (ch === '[' || ch === '{') return this.flow(at, lineEnd, depth + 1);
    if (ch === '"' || ch === "'") return this.quoted(at, lineEnd);
    if (at >= lineEnd || !isPlainStart(text, at, true)) throw GIVE_UP;
    let i = at;
    while (i < lineEnd && !FLOW_END.has(text[i]!)) i++;
    const source = trimSpaces(text.slice(at, i));
    // A `:` may make a pair, and ` #` a comment: both are left to the yaml package, as is `a[b`.
    if (source.includes(':') || source.includes(' #') || text[i] === '[' || text[i] === '{') throw GIVE_UP;
    const value = plainValue(source);
    const close = at + source.length;
    return { node: this.tree.node(Kind.Scalar, at, close, value), value, close };
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

  /** The key from `at` to `end`, added to `keys`; one that is not a plain string or is already there is left to the yaml package. */
  private newKey(keys: string[], at: number, end: number): string {
    const key = this.text.slice(at, end);
    if (key === '__proto__' || typeof plainValue(key) !== 'string' || keys.includes(key)) throw GIVE_UP;
    keys.push(key);
    return key;
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

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
