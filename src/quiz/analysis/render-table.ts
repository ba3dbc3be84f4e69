/**
 * The analysis as a reader sees it: a table per group (the pack's questions,
 * then changed ones, then ones not in the pack), flags in words, a legend.
 * Returns the text; the command prints it.
 */
import type { AnalyzeMessages } from '../../i18n/analyze.js';
import { renderTable } from '../../render/table.js';
import type { Theme } from '../../render/theme.js';
import { sanitize } from '../../text/sanitize.js';
import { wrapText } from '../../text/wrap.js';
import type { Analysis, ChoiceCount, ItemStats } from './item-analysis.js';

export function renderAnalysis(a: Analysis, t: AnalyzeMessages, theme: Theme, width: number, minAttempts: number): string {
  const lines = (text: string, paint: (line: string) => string) => wrapText(text, width).map((line) => paint(line));
  const out = [...lines(t.title(a.attempts, new Set(a.items.map((i) => i.key)).size), theme.strong), ''];
  const groups: [string | undefined, ItemStats[]][] = [
    [undefined, a.items.filter((i) => i.version === 'current')],
    [t.changed, a.items.filter((i) => i.version === 'changed')],
    [t.unknown, a.items.filter((i) => i.version === 'unknown')],
  ];
  for (const [title, items] of groups) {
    if (items.length === 0) continue;
    if (title) out.push('', ...lines(title, theme.strong));
    // The pack's questions a quiz at a time, by id; the others by quiz/id.
    const quizzes = title ? [undefined] : [...new Set(items.map((i) => quizOf(i.key)))];
    for (const quiz of quizzes) {
      if (quiz !== undefined) out.push(theme.strong(sanitize(quiz)));
      const rows = quiz === undefined ? items : items.filter((i) => quizOf(i.key) === quiz);
      out.push(...renderTable(tableOf(rows, t, theme, quiz !== undefined), width, theme), '');
    }
  }
  const flagged = a.items.filter((i) => i.flags.length > 0).length;
  out.push(...(flagged > 0 ? lines(t.flagged(flagged), theme.warn) : lines(t.noneFlagged, theme.ok)));
  if (a.items.some((i) => i.attempts < minAttempts)) out.push(...lines(t.fewAttempts(minAttempts), theme.dim));
  out.push(...wrapText(t.legend.join(' ').replace(/(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/gu, ''), width).map((line) => theme.dim(line)));
  return out.join('\n');
}

const quizOf = (key: string): string => key.slice(0, key.indexOf('/'));

function tableOf(items: ItemStats[], t: AnalyzeMessages, theme: Theme, idOnly: boolean) {
  const h = t.head;
  return {
    header: [h.question, h.attempts, h.facility, h.discrimination, h.upperLower, h.choices, h.flags],
    align: [null, 'right', 'right', 'right', 'right', null, null] as ('right' | null)[],
    rows: items.map((i) => [
      sanitize(idOnly ? i.key.slice(i.key.indexOf('/') + 1) : i.hash && i.version !== 'current' ? `${i.key} (${i.hash.slice(0, 8)})` : i.key),
      String(i.attempts),
      `${Math.round(i.facility * 100)}%`,
      decimal(i.discrimination),
      decimal(i.upperLower),
      i.choices ? choicesText(i.choices) : '',
      i.flags.map((f) => theme.warn(t.flags[f])).join(', '),
    ]),
  };
}

export const decimal = (x: number | null): string => (x === null ? '–' : x.toFixed(2).replace(/^-0\.00$/, '0.00'));

/** `A*156 B15 C0`: letters in the pack's order, the key starred. */
export function choicesText(choices: ChoiceCount[]): string {
  return choices.map((c) => `${letter(c.index)}${c.correct ? '*' : ''}${c.count}`).join(' ');
}

export const letter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : `#${i + 1}`);
