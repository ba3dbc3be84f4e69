/** A problem found in a pack: where it is, how bad, and which rule found it. */
export type Severity = 'error' | 'warning';

/** A replacement of `[start, end)` (UTF-16 offsets into the whole file) by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** 1-based line and column (UTF-16 units), as ESLint and SARIF count them. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Finding extends Position {
  /** Absolute path of the file; formatters show it relative to the working directory. */
  file: string;
  severity: Severity;
  rule: string;
  message: string;
  fix?: Edit;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
