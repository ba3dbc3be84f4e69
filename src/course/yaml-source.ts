/**
 * YAML with source positions: parse once with the `yaml` package, keep the
 * document, and map any data path (such as a zod issue's) back to file:line:col.
 */
import { Composer, isMap, isScalar, isSeq, Parser, YAMLParseError, type CST, type Document, type Node } from 'yaml';
import type { Finding, Position } from './finding.js';
import { LineIndex } from './lines.js';
import { MAX_NESTING, yamlTooDeep } from './nesting.js';

export type DataPath = readonly PropertyKey[];

export interface YamlSource {
  file: string;
  /** The whole file's text and line index (a front matter block is a slice of it). */
  lines: LineIndex;
  /** Offset of the YAML text inside the file (non-zero for front matter). */
  base: number;
  doc: Document.Parsed | undefined;
}

export interface ParsedYaml {
  source: YamlSource;
  /** The plain data, or undefined when the YAML could not be parsed. */
  value: unknown;
  findings: Finding[];
}

/** Aliases a document may expand before it is refused (a "billion laughs" guard). */
const MAX_ALIAS_COUNT = 100;

export function parseYaml(file: string, text: string, opts: { base?: number; lines?: LineIndex } = {}): ParsedYaml {
  const base = opts.base ?? 0;
  const lines = opts.lines ?? new LineIndex(text);
  const findings: Finding[] = [];
  const at = (offset: number): Position => lines.position(base + Math.min(offset, text.length));
  // The CST parser is iterative; the composer and toJS recurse once per level, so measure first.
  const tokens = Array.from(new Parser().parse(text));
  const deep = yamlTooDeep(tokens);
  if (deep) {
    findings.push({ file, ...at(deep.offset), severity: 'error', rule: 'yaml-syntax', message: `nested more than ${MAX_NESTING} levels deep; not read` });
    return { source: { file, lines, base, doc: undefined }, value: undefined, findings };
  }
  const doc = composeFirst(tokens, text.length);
  const source: YamlSource = { file, lines, base, doc };
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
  let node: unknown = source.doc?.contents;
  let keyNode: Node | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      keyNode = null;
      node = node.items[segment];
    } else break;
  }
  if (opts.key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === opts.key);
    if (pair) return rangePosition(source, pair.key as Node);
  }
  const target = (node as Node | null | undefined)?.range ? (node as Node) : keyNode;
  return target ? rangePosition(source, target) : source.lines.position(source.base);
}

function rangePosition(source: YamlSource, node: Node): Position {
  const [start, end] = node.range ?? [0, 0];
  const s = source.lines.position(source.base + start);
  const e = source.lines.position(source.base + end);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

/** The YAML node at `path` (a scalar, map or sequence), or undefined when the path does not exist. */
export function nodeAt(source: YamlSource, path: DataPath): Node | undefined {
  let node: unknown = source.doc?.contents;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === segment);
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
      node = node.items[segment];
    } else return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}
