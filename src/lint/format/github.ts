/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=rule::message`.
 * GitHub shows at most 10 error and 10 warning annotations per step and drops
 * the rest silently, so the first 10 of each are printed, then a notice
 * saying how many were left out.
 */
import type { Finding } from '../../course/finding.js';
import { sanitize } from '../../text/sanitize.js';
import { UI } from '../messages.js';
import { counts, shownPath, type FormatContext } from './format.js';

export const ANNOTATION_CAP = 10;

/** Escaping for a command's message (data), as @actions/core does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping for a property value: the data escapes plus `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function github(findings: readonly Finding[], ctx: FormatContext): string {
  const lines: string[] = [];
  const shown = { error: 0, warning: 0 };
  let hidden = 0;
  for (const f of findings) {
    if (shown[f.severity] >= ANNOTATION_CAP) {
      hidden++;
      continue;
    }
    shown[f.severity]++;
    const props = [
      `file=${escapeProperty(sanitize(shownPath(f.file, ctx.cwd)))}`,
      `line=${f.line}`,
      `col=${f.column}`,
      ...(f.endLine !== undefined ? [`endLine=${f.endLine}`, `endColumn=${f.endColumn}`] : []),
      `title=${escapeProperty(f.rule)}`,
    ];
    lines.push(`::${f.severity} ${props.join(',')}::${escapeData(sanitize(f.message))}`);
  }
  const ui = UI[ctx.lang];
  if (hidden > 0) lines.push(`::notice title=lm-lint::${escapeData(ui.moreAnnotations(hidden))}`);
  if (findings.length > 0) {
    const { errors, warnings } = counts(findings);
    lines.push(ui.summary(errors, warnings));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
