/**
 * Tables that fit the width: columns take their natural width when they
 * can, otherwise shrink (words wrap inside cells, CJK cells stay aligned
 * because every cell is measured in display columns). When even the
 * narrowest grid does not fit, each row is shown as a small record instead.
 * ASCII rules only: box-drawing characters are ambiguous-width in CJK locales.
 */
import { displayWidth, padEnd, padStart } from '../text/width.js';
import { longestUnit, wrapText, type WrapOptions } from '../text/wrap.js';
import { hang } from './layout.js';
import type { Theme } from './theme.js';

export type Align = 'left' | 'center' | 'right' | null;

export interface TableInput {
  header: string[];
  rows: string[][];
  align?: Align[];
}

const SEPARATOR = ' | ';
/** Over-long words are cut rather than widen a column past this. */
const MAX_MIN_WIDTH = 14;

export function renderTable(table: TableInput, width: number, theme: Theme): string[] {
  const columns = table.header.length;
  if (columns === 0) return [];
  const rows = table.rows.map((row) => Array.from({ length: columns }, (_, c) => row[c] ?? ''));
  const all = [table.header, ...rows];
  const natural = Array.from({ length: columns }, (_, c) => Math.max(1, ...all.map((r) => Math.max(...r[c]!.split('\n').map(displayWidth)))));
  // A header is a label: it stays whole when it can. A cell with spaces wraps at them only, keeping its CJK
  // units (tokens such as 语言模型 in 我 / 喜欢 / 语言模型) whole; one without wraps anywhere, as prose does.
  const units = (cell: string) => longestUnit(cell, wrapOptions(cell));
  const minimum = natural.map((n, c) =>
    Math.min(n, Math.max(4, Math.min(MAX_MIN_WIDTH, Math.max(displayWidth(table.header[c]!), ...all.map((r) => units(r[c]!)))))),
  );
  const overhead = SEPARATOR.length * (columns - 1);
  const room = width - overhead;
  if (minimum.reduce((a, b) => a + b, 0) > room) return renderRecords(table.header, rows, width, theme);

  const widths = [...minimum];
  let spare = room - widths.reduce((a, b) => a + b, 0);
  while (spare > 0) {
    let best = -1;
    let bestNeed = 0;
    widths.forEach((w, c) => {
      const need = (natural[c]! - w) / natural[c]!;
      if (natural[c]! > w && need > bestNeed) {
        best = c;
        bestNeed = need;
      }
    });
    if (best < 0) break;
    widths[best]!++;
    spare--;
  }

  const align = table.align ?? [];
  const cellLines = (row: string[]) => row.map((cell, c) => wrapText(cell, widths[c]!, widths[c]!, wrapOptions(cell)));
  const renderRow = (row: string[], style: (s: string) => string): string[] => {
    const cells = cellLines(row);
    const height = Math.max(...cells.map((l) => l.length));
    return Array.from({ length: height }, (_, i) =>
      cells
        .map((lines, c) => fit(style(lines[i] ?? ''), widths[c]!, align[c] ?? null))
        .join(theme.rule(SEPARATOR))
        .trimEnd(),
    );
  };
  const rule = theme.rule(widths.map((w) => '-'.repeat(w)).join('-+-'));
  const body = rows.map((row) => renderRow(row, (s) => s));
  const multiline = body.some((lines) => lines.length > 1);
  const out = [...renderRow(table.header, theme.tableHeader), rule];
  body.forEach((lines, i) => {
    if (multiline && i > 0) out.push(rule);
    out.push(...lines);
  });
  return out;
}

function wrapOptions(cell: string): WrapOptions {
  return { spacesOnly: / \S/.test(cell.trim()) };
}

function fit(text: string, width: number, align: Align): string {
  if (align === 'right') return padStart(text, width);
  if (align === 'center') {
    const gap = width - displayWidth(text);
    return padEnd(' '.repeat(Math.floor(Math.max(0, gap) / 2)) + text, width);
  }
  return padEnd(text, width);
}

/** The narrow fallback: each row as its first cell, then `header: value` lines (none for an empty cell). */
function renderRecords(header: string[], rows: string[][], width: number, theme: Theme): string[] {
  const out: string[] = [];
  // In a table with Chinese headers every label takes a full-width colon, with no space after it (`27%：–`).
  const chinese = header.some((label) => /\p{Script=Han}/u.test(label));
  rows.forEach((row, i) => {
    if (i > 0) out.push('');
    out.push(...hang(theme.tableHeader(row[0] ?? ''), width, '', '  '));
    row.slice(1).forEach((cell, c) => {
      if (cell.trim() === '') return;
      const label = header[c + 1] ?? '';
      const colon = chinese || /[\p{Script=Han}）」]$/u.test(label) ? '：' : ': ';
      out.push(...hang(`${theme.dim(`${label}${colon.trim()}`)}${colon.slice(1)}${cell}`, width, '  ', '    '));
    });
  });
  return out;
}
