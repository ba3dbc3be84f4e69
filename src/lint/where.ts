/** Positions for reports: of a YAML node, of an offset range in a file, of a line. */
import type { Position } from '../course/finding.js';
import type { LineIndex } from '../course/lines.js';
import { locate, type DataPath, type YamlSource } from '../course/yaml-source.js';

/** The node at `path` (or its nearest ancestor); with `key`, the map key `key` under it. */
export function yamlAt(source: YamlSource | undefined, path: DataPath, key?: PropertyKey): Position {
  if (!source) return { line: 1, column: 1 };
  return locate(source, path, key === undefined ? {} : { key });
}

export function offsetAt(lines: LineIndex, start: number, end?: number): Position {
  const s = lines.position(start);
  if (end === undefined || end <= start) return s;
  const e = lines.position(end);
  return { line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

export function lineAt(line: number, column = 1): Position {
  return { line, column };
}
