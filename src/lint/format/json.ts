/**
 * Machine-readable report (documented in docs/pack-format.md):
 * `{ version, findings: [{ file, line, column, endLine?, endColumn?, severity, rule, message, fixable }], errorCount, warningCount, fixableCount }`.
 */
import type { Finding } from '../../course/finding.js';
import { sanitize } from '../../text/sanitize.js';
import { counts, shownPath, type FormatContext } from './format.js';

export const JSON_FORMAT_VERSION = 1;

export function json(findings: readonly Finding[], ctx: FormatContext): string {
  const { errors, warnings, fixable } = counts(findings);
  const report = {
    version: JSON_FORMAT_VERSION,
    findings: findings.map((f) => ({
      file: sanitize(shownPath(f.file, ctx.cwd)),
      line: f.line,
      column: f.column,
      ...(f.endLine !== undefined ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
      severity: f.severity,
      rule: f.rule,
      message: sanitize(f.message),
      fixable: f.fix !== undefined,
    })),
    errorCount: errors,
    warningCount: warnings,
    fixableCount: fixable,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
