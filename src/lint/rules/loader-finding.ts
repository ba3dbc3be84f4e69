/**
 * Rules whose findings the loader produces while reading the pack (a file it
 * could not read, YAML syntax, front matter, the zod schema, unknown keys):
 * each of those rules passes on the loader's findings that carry its id, in the
 * reader's language (the loader writes English; src/i18n/loader-messages.ts).
 */
import { loaderMessageZh } from '../../i18n/loader-messages.js';
import type { RuleContext } from '../rule.js';

export function passLoaderFindings(ctx: RuleContext, rule: string): void {
  for (const finding of ctx.pack.findings) {
    if (finding.rule !== rule) continue;
    const { line, column, endLine, endColumn } = finding;
    const message = ctx.lang === 'zh' ? loaderMessageZh(finding.message) : finding.message;
    ctx.report({ file: finding.file, position: { line, column, endLine, endColumn }, message });
  }
}
