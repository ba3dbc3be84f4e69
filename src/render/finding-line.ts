/** One finding as one line: `file:line:col  severity  message  rule`. */
import { relative } from 'node:path';
import type { Finding } from '../course/finding.js';
import { sanitize } from '../text/sanitize.js';

export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

export function findingLine(finding: Finding, cwd: string, severity: string = finding.severity): string {
  const where = `${displayPath(finding.file, cwd)}:${finding.line}:${finding.column}`;
  return sanitize(`${where}  ${severity}  ${finding.message}  ${finding.rule}`);
}
