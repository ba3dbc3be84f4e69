/**
 * YAML with source positions: parse once with the `yaml` package, keep a
 * compact tree of the document's nodes (./yaml-tree.ts), and map any data
 * path (such as a zod issue's) back to file:line:col.
 */
import { createHash } from 'node:crypto';
import { Composer, Parser, YAMLParseError, type CST, type Document } from 'yaml';
import type { Finding, Position } from './finding.js';
import { LineIndex } from './lines.js';
import { MAX_NESTING, yamlTooDeep } from './nesting.js';
import { treeOf, YamlTree } from './yaml-tree.js';

export type DataPath = readonly PropertyKey[];

export interface YamlSource {
  file: string;
  /** The whole file's text and line index (a front matter block is a slice of it). */
  lines: LineIndex;
  /** Offset of the YAML text inside the file (non-zero for front matter). */
  base: number;
  /** The document's nodes and ranges; undefined when it could not be parsed. */
  tree: YamlTree | undefined;
  /** With a memo: the SHA-256 of the YAML text, and the memo, which also remembers which checks it passed. */
  kept?: { digest: string; memo: ParseMemo };
}

export interface ParsedYaml {
  source: YamlSource;
  /** The plain data, or undefined when the YAML could not be parsed. */
  value: unknown;
  findings: Finding[];
}

/** Aliases a document may expand before it is refused (a "billion laughs" guard). */
const MAX_ALIAS_COUNT = 100;

/**
 * Where parses can be kept between runs: lm-explain's cache (src/cache/store.ts),
 * which checks every entry's length and hash. The key is the SHA-256 of the
 * YAML text; only a parse without findings is kept, as its value and tree.
 */
export interface ParseMemo {
  get(ns: string, key: unknown): unknown;
  set(ns: string, key: unknown, value: unknown): void;
}

const MEMO_NS = 'yaml-1';

export function parseYaml(file: string, text: string, opts: { base?: number; lines?: LineIndex; memo?: ParseMemo } = {}): ParsedYaml {
  const base = opts.base ?? 0;
  const lines = opts.lines ?? new LineIndex(text);
  const memo = opts.memo;
  if (!memo) return parseText(file, text, base, lines);
  const key = createHash('sha256').update(text).digest('hex');
  const found = memo.get(MEMO_NS, key) as { value?: unknown; tree?: unknown } | undefined;
  const tree = found && YamlTree.fromData(found.tree);
  if (tree && 'value' in found!) return { source: { file, lines, base, tree, kept: { digest: key, memo } }, value: found!.value, findings: [] };
  const parsed = parseText(file, text, base, lines);
  const data = parsed.findings.length === 0 && isJsonData(parsed.value) ? parsed.source.tree?.toData() : undefined;
  if (!data) return parsed;
  memo.set(MEMO_NS, key, { value: parsed.value, tree: data });
  return { ...parsed, source: { ...parsed.source, kept: { digest: key, memo } } };
}

/**
 * True when this text passed `check` (a name for one schema at one place)
 * without a finding before, as `passed` recorded. Our schemas check and
 * never transform, so the data of a clean check is the parsed value itself
 * (tests/course/parse-memo.test.ts holds every schema to that).
 */
export function passedBefore(source: YamlSource, check: string): boolean {
  return source.kept !== undefined && source.kept.memo.get(CHECK_NS, [source.kept.digest, check]) === true;
}

export function passed(source: YamlSource, check: string): void {
  source.kept?.memo.set(CHECK_NS, [source.kept.digest, check], true);
}

const CHECK_NS = 'yaml-checked-1';

/** Plain data that a JSON round trip gives back unchanged. */
function isJsonData(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0);
  if (Array.isArray(v)) return v.every(isJsonData);
  if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return false;
  return Object.keys(v as object).every((k) => k !== '__proto__' && isJsonData((v as Record<string, unknown>)[k]));
}

function parseText(file: string, text: string, base: number, lines: LineIndex): ParsedYaml {
  const findings: Finding[] = [];
  const at = (offset: number): Position => lines.position(base + Math.min(offset, text.length));
  // The CST parser is iterative; the composer and toJS recurse once per level, so measure first.
  const tokens = Array.from(new Parser().parse(text));
  const deep = yamlTooDeep(tokens);
  if (deep) {
    findings.push({ file, ...at(deep.offset), severity: 'error', rule: 'yaml-syntax', message: `nested more than ${MAX_NESTING} levels deep; not read` });
    return { source: { file, lines, base, tree: undefined }, value: undefined, findings };
  }
  const doc = composeFirst(tokens, text.length);
  const source: YamlSource = { file, lines, base, tree: treeOf(doc) };
  for (const error of doc.errors) {
    findings.push({ file, ...at(error.pos[0]), severity: 'error', rule: 'yaml-syntax', message: yamlMessage(error.message) });
  }
  if (findings.length > 0) return { source, value: undefined, findings };
  try {
    return { source, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), findings };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    findings.push({ file, ...at(0), severity: 'error', rule: 'yaml-syntax', message: yamlMessage(message) });
    return { source, value: undefined, findings };
  }
}

/** The first document of the tokens, with an error for any further one: what `parseDocument` does, from tokens already parsed. */
function composeFirst(tokens: CST.Token[], length: number): Document.Parsed {
  // logLevel 'error': the yaml package never writes warnings to our stderr (it would print pack text there).
  const composer = new Composer({ prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return doc!;
}

function yamlMessage(message: string): string {
  // The yaml package appends " at line N, column M" and a source excerpt; we report the position ourselves.
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}

/**
 * The position of the node at `path`, or of its nearest existing ancestor
 * (a missing key is reported where its parent map starts). With `key`, the
 * position of the map key rather than its value.
 */
export function locate(source: YamlSource, path: DataPath, opts: { key?: PropertyKey } = {}): Position {
  const tree = source.tree;
  if (!tree) return source.lines.position(source.base);
  const { node, keyNode } = tree.walk(path);
  const ofKey = opts.key === undefined ? -1 : tree.keyNode(node, opts.key);
  if (ofKey !== -1) return rangePosition(source, tree.range(ofKey));
  const range = node === -1 ? undefined : tree.range(node);
  if (range) return rangePosition(source, range);
  return keyNode !== -1 ? rangePosition(source, tree.range(keyNode)) : source.lines.position(source.base);
}

function rangePosition(source: YamlSource, range: readonly [number, number] | undefined): Position {
  const [start, end] = range ?? [0, 0];
  const s = source.lines.position(source.base + start);
  const e = source.lines.position(source.base + end);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}
