/**
 * The default report: findings grouped by file, one line each with
 * `file:line:col`, severity, message and rule id, then a summary line.
 * Nothing at all when the pack is clean.
 */
import { Chalk } from 'chalk';
import { displayWidth } from '../../text/width.js';
import type { Finding } from '../../course/finding.js';
import { sanitize } from '../../text/sanitize.js';
import { UI } from '../messages.js';
import { counts, shownPath, type FormatContext } from './format.js';

export function stylish(findings: readonly Finding[], ctx: FormatContext): string {
  if (findings.length === 0) return '';
  const chalk = new Chalk({ level: ctx.color });
  const ui = UI[ctx.lang];
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const path = sanitize(shownPath(f.file, ctx.cwd));
    let group = groups.get(path);
    if (!group) groups.set(path, (group = []));
    group.push(f);
  }
  const lines: string[] = [];
  for (const [path, group] of groups) {
    const rows = group.map((f) => ({
      where: `${path}:${f.line}:${f.column}`,
      severity: f.severity,
      message: oneLine(sanitize(f.message)),
      rule: f.rule,
    }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const messageWidth = Math.min(60, Math.max(...rows.map((r) => displayWidth(r.message))));
    lines.push(chalk.underline(path));
    for (const row of rows) {
      const severity = row.severity === 'error' ? chalk.red(ui.error) : chalk.yellow(ui.warning);
      const pad = ' '.repeat(Math.max(0, messageWidth - displayWidth(row.message)));
      lines.push(`  ${chalk.dim(row.where.padEnd(whereWidth))}  ${severity}  ${row.message}${pad}  ${chalk.dim(row.rule)}`);
    }
    lines.push('');
  }
  const { errors, warnings, fixable } = counts(findings);
  const summary = `✖ ${ui.summary(errors, warnings)}`;
  lines.push(errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary));
  if (fixable > 0) lines.push(`  ${ui.fixable(fixable)}`);
  return `${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
