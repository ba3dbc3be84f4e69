/** The tokens lab's report as text: each piece coloured (or between bars without colour), ids, counts. */
import { hang } from '../../render/layout.js';
import { renderTable } from '../../render/table.js';
import type { Theme } from '../../render/theme.js';
import { sanitize } from '../../text/sanitize.js';
import { displayWidth } from '../../text/width.js';
import type { LabContext } from '../context.js';
import { ENCODING_LABELS, ENCODING_NAMES } from '../tokens/encodings.js';
import type { RatioRow, TextSplits } from '../tokens/report.js';
import { heading, joinReport, paragraph, showToken, title } from './common.js';

export interface TokensReport {
  texts: TextSplits[];
  ratios: RatioRow[];
}

export function renderTokens(r: TokensReport, ctx: LabContext): string {
  const { m, width, theme } = ctx;
  const lines = [...title(m.tokensTitle, width, theme)];
  for (const t of r.texts) {
    lines.push('', ...paragraph(`${m.colText}${m.colon}${showText(t.text)}`, width));
    for (const s of t.splits) {
      lines.push(...heading(m.encodingTitle(ENCODING_LABELS[s.encoding], s.ids.length), width, theme));
      lines.push(...layout(s.pieces.map((p) => showToken(p.text)), width, theme));
      lines.push(...paragraph(theme.dim(`${m.idsLabel}${m.colon}${s.pieces.map((p) => p.ids.join('+')).join(' ')}`), width));
    }
    if (t.splits.some((s) => s.pieces.some((p) => p.ids.length > 1))) lines.push('', ...paragraph(m.splitTokenNote, width));
  }
  lines.push(...heading(m.countsTitle, width, theme), '');
  lines.push(
    ...renderTable(
      {
        header: [m.colEncoding, ...r.texts.map((_, i) => `${m.colText} ${i + 1}`)],
        rows: ENCODING_NAMES.map((name) => [ENCODING_LABELS[name], ...r.texts.map((t) => String(t.splits.find((s) => s.encoding === name)!.ids.length))]),
        align: ['left', ...r.texts.map(() => 'right' as const)],
      },
      width,
      theme,
    ),
  );
  if (r.ratios.length > 0) {
    lines.push(...heading(m.ratioTitle, width, theme), '');
    lines.push(
      ...renderTable(
        {
          header: [m.colEncoding, ...r.ratios.map((row) => row.lang)],
          rows: ENCODING_NAMES.map((name) => [ENCODING_LABELS[name], ...r.ratios.map((row) => (row.characters / row.tokens[name]).toFixed(2))]),
          align: ['left', ...r.ratios.map(() => 'right' as const)],
        },
        width,
        theme,
      ),
    );
    const counts = r.ratios.map((row) => m.charCount(row.lang, row.characters));
    // Each count kept whole where it fits with the ` ·` after it (a middle dot never starts a line); else its language and number.
    const kept = counts.map((count) => (displayWidth(count) + 2 <= width ? count : count.split(' ').slice(0, 2).join(' ')));
    lines.push('', ...hang(counts.join(' · '), width, '', '', kept), '', ...paragraph(m.ratioNote, width));
  }
  lines.push('', ...paragraph(m.readMore('what-is-lm#tokens'), width));
  return joinReport(lines);
}

function showText(text: string): string {
  return sanitize(text).replace(/\s+/g, ' ');
}

const PALETTE = ['bgCyan', 'bgYellow', 'bgGreen', 'bgMagenta'] as const;

/** Pieces side by side, wrapped to the width: coloured backgrounds, or `|` between them without colour. */
export function layout(tokens: readonly string[], width: number, theme: Theme): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const plain = theme.level === 0;
  tokens.forEach((token, i) => {
    const w = displayWidth(token) + (plain ? 1 : 0);
    if (used > 0 && used + w + (plain ? 1 : 0) > width) {
      lines.push(plain ? `${line}|` : line);
      line = '';
      used = 0;
    }
    line += plain ? `|${token}` : theme.chalk[PALETTE[i % PALETTE.length]!].black(token);
    used += w;
  });
  if (used > 0) lines.push(plain ? `${line}|` : line);
  return lines;
}
