/**
 * Pieces every lab's report shares: titles, wrapped paragraphs, the corpus
 * lines, a token made visible (spaces and line breaks shown, terminal
 * controls removed) and horizontal bars on a linear scale (`#` without colour).
 */
import { hang } from '../../render/layout.js';
import type { Theme } from '../../render/theme.js';
import { sanitize } from '../../text/sanitize.js';
import { displayWidth, graphemes, padEnd } from '../../text/width.js';
import type { LabCorpus } from '../corpus/load.js';
import type { LabMessages } from '../i18n/en.js';

export function title(text: string, width: number, theme: Theme): string[] {
  return hang(theme.title(`# ${text}`), width, '', '  ', equations(text));
}

export function heading(text: string, width: number, theme: Theme): string[] {
  return ['', ...hang(theme.heading(`## ${text}`), width, '', '   ', equations(text))];
}

/** An equation such as `n = 5` or `D = 0.75`, which a line never splits ("n" at the end of one line, "= 5" on the next). */
const EQUATION = /[\p{L}\p{N}]+ = [\p{N}.]*[\p{L}\p{N}]/gu;

function equations(text: string): string[] | undefined {
  return text.match(EQUATION) ?? undefined;
}

export function paragraph(text: string, width: number): string[] {
  return hang(text, width, '', '', equations(text));
}

export function corpusLines(corpus: LabCorpus, m: LabMessages, width: number): string[] {
  const { data } = corpus;
  return [
    ...paragraph(m.corpusLine(corpus.source, m.levelName[corpus.level], data.ids.length, data.vocab.length - 1), width),
    ...paragraph(m.splitLine(data.split, data.ids.length - data.split), width),
  ];
}

/** A token as it can be shown: space as ␣, line break as ↵, tab as ⇥, controls gone, at most 16 columns. */
export function showToken(token: string): string {
  const visible = sanitize(token).replace(/ /g, '␣').replace(/\n/g, '↵').replace(/\t/g, '⇥');
  if (visible === '') return '�';
  return displayWidth(visible) <= 16 ? visible : cut(visible, 16);
}

export interface Bar {
  label: string;
  value: number;
  text: string;
}

/** Bars scaled so the largest value fills the room left by the labels and values. */
export function bars(rows: readonly Bar[], width: number, theme: Theme): string[] {
  const labelWidth = Math.min(Math.max(1, ...rows.map((r) => displayWidth(r.label))), Math.max(4, Math.floor(width / 3)));
  const textWidth = Math.max(0, ...rows.map((r) => displayWidth(r.text)));
  const room = Math.max(1, width - labelWidth - textWidth - 2);
  const max = Math.max(0, ...rows.map((r) => r.value));
  return rows.map((r) => {
    const n = max > 0 ? Math.round((r.value / max) * room) : 0;
    const label = displayWidth(r.label) > labelWidth ? cut(r.label, labelWidth) : r.label;
    const bar = theme.bar(r.value > 0 ? Math.max(1, n) : 0);
    return `${padEnd(label, labelWidth)} ${bar}${bar ? ' ' : ''}${r.text}`.trimEnd();
  });
}

/** `text` cut to at most `width` columns, ending in an ellipsis. */
export function cut(text: string, width: number): string {
  let out = '';
  for (const g of graphemes(text)) {
    if (displayWidth(out + g) > width - 1) break;
    out += g;
  }
  return `${out}…`;
}

export function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

/** The report as text: lines joined, one final newline. */
export function joinReport(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}
