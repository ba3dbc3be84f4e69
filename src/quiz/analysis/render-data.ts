/**
 * The analysis for machines: JSON (`lm-quiz-analysis/1`, documented in
 * docs/quiz.md) and CSV (RFC 4180, a UTF-8 byte-order mark so spreadsheets
 * read Chinese right, one row per question and version).
 */
import type { Analysis } from './item-analysis.js';
import { choicesText } from './render-table.js';

export const ANALYSIS_FORMAT = 'lm-quiz-analysis/1';

const round = (x: number | null, places = 4): number | null => (x === null ? null : Math.round(x * 10 ** places) / 10 ** places);

export function analysisJson(a: Analysis, thresholds: object): object {
  return {
    format: ANALYSIS_FORMAT,
    attempts: a.attempts,
    thresholds,
    questions: a.items.map((i) => ({
      key: i.key,
      type: i.type,
      version: i.version,
      hash: i.hash,
      attempts: i.attempts,
      facility: round(i.facility),
      discrimination: round(i.discrimination),
      upperLower: round(i.upperLower),
      choices: i.choices,
      flags: i.flags,
    })),
  };
}

const HEADER = ['question', 'version', 'hash', 'type', 'attempts', 'facility', 'discrimination', 'upper_lower_27', 'picks', 'flags'];

export function analysisCsv(a: Analysis): string {
  const rows = a.items.map((i) => [
    i.key,
    i.version,
    i.hash ?? '',
    i.type,
    String(i.attempts),
    String(round(i.facility)),
    i.discrimination === null ? '' : String(round(i.discrimination)),
    i.upperLower === null ? '' : String(round(i.upperLower)),
    i.choices ? choicesText(i.choices) : '',
    i.flags.join(' '),
  ]);
  return `\uFEFF${[HEADER, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** A CSV cell: quoted when it holds a comma, quote or line break; a leading = + - @ is not left to be read as a formula. */
function cell(text: string): string {
  const safe = /^[=+@\t\r]/.test(text) || (/^-/.test(text) && !/^-\d/.test(text)) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
