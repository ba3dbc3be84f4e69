/**
 * Rules whose findings the loader produces while reading the pack (a file it
 * could not read, YAML syntax, front matter, the zod schema, unknown keys):
 * each of those rules passes on the loader's findings that carry its id.
 */
import type { RuleContext } from '../rule.js';

export function passLoaderFindings(ctx: RuleContext, rule: string): void {
  for (const finding of ctx.pack.findings) {
    if (finding.rule !== rule) continue;
    const { line, column, endLine, endColumn } = finding;
    ctx.report({ file: finding.file, position: { line, column, endLine, endColumn }, message: finding.message });
  }
}
