/** The n-gram lab's report as text: (report, context) → string. */
import { renderTable } from '../../render/table.js';
import { sanitize } from '../../text/sanitize.js';
import type { LabContext } from '../context.js';
import type { LabCorpus } from '../corpus/load.js';
import type { Smoothing } from '../ngram/model.js';
import type { CurseRow, NextTokens } from '../ngram/report.js';
import { bars, corpusLines, heading, joinReport, paragraph, percent, showToken, title } from './common.js';

export interface NgramReport {
  corpus: LabCorpus;
  smoothing: Smoothing;
  k: number;
  curse: CurseRow[];
  next: NextTokens | undefined;
  /** Text drawn after the prompt ('' without one); `joiner` goes between them. */
  generated: { seed: string; length: number; prompt: string; joiner: string; text: string };
}

export function renderNgram(r: NgramReport, ctx: LabContext): string {
  const { m, width, theme } = ctx;
  const lines = [...title(m.ngramTitle, width, theme), '', ...corpusLines(r.corpus, m, width), ...paragraph(m.smoothingLine(m.smoothingName(r.smoothing)), width)];
  lines.push(...heading(m.curseTitle, width, theme), '');
  lines.push(
    ...renderTable(
      {
        header: [m.colN, m.colUnseen, m.colPerplexity(m.kn), m.colPerplexity(m.addK(r.k))],
        rows: r.curse.map((row) => [String(row.n), percent(row.unseen), row.perplexityKneserNey.toFixed(1), row.perplexityAddK.toFixed(1)]),
        align: ['right', 'right', 'right', 'right'],
      },
      width,
      theme,
    ),
  );
  lines.push('', ...paragraph(m.unseenChart, width), ...bars(r.curse.map((row) => ({ label: `n=${row.n}`, value: row.unseen, text: percent(row.unseen) })), width, theme));
  const first = r.curse[0]!;
  const last = r.curse.at(-1)!;
  lines.push('', ...paragraph(m.curseLesson(first.unseen, last.unseen, last.n), width));
  if (r.next) lines.push(...nextLines(r.next, ctx));
  lines.push(...generatedLines(r.generated, ctx));
  lines.push('', ...paragraph(m.readMore('stages#slm'), width));
  return joinReport(lines);
}

export function nextLines(next: NextTokens, ctx: LabContext): string[] {
  const { m, width, theme } = ctx;
  return [
    ...heading(m.nextTitle(sanitize(next.prompt), next.n), width, theme),
    ...paragraph(m.contextSeen(next.matched, next.wanted), width),
    '',
    ...bars(next.top.map((t) => ({ label: showToken(t.token), value: t.p, text: percent(t.p) })), width, theme),
  ];
}

export function generatedLines(g: NgramReport['generated'], ctx: LabContext): string[] {
  const { m, width, theme } = ctx;
  const prompt = g.prompt === '' ? '' : `${sanitize(g.prompt)}${g.joiner}`;
  return [...heading(m.generatedTitle(g.seed, g.length), width, theme), ...paragraph(`${prompt}${theme.accent(sanitize(g.text).replace(/\n/g, ' '))}`, width)];
}

export function ngramJson(r: NgramReport): unknown {
  const { data } = r.corpus;
  return {
    lab: 'ngram',
    corpus: { source: r.corpus.source, level: r.corpus.level, tokens: data.ids.length, types: data.vocab.length - 1, train: data.split, heldOut: data.ids.length - data.split },
    smoothing: r.smoothing,
    curse: r.curse.map((row) => ({ ...row, addK: r.k })),
    next: r.next ?? null,
    generated: r.generated,
  };
}
