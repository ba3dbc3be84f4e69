/** The sampling lab's report as text: bars per setting and the samples drawn with it. */
import { hangUnder } from '../../render/layout.js';
import { sanitize } from '../../text/sanitize.js';
import type { LabContext } from '../context.js';
import type { LabCorpus } from '../corpus/load.js';
import type { SampleReport, Shown } from '../sample-report.js';
import { bars, corpusLines, heading, joinReport, paragraph, percent, showToken, title } from './common.js';

export function renderSample(r: SampleReport, corpus: LabCorpus, ctx: LabContext): string {
  const { m, width, theme } = ctx;
  const lines = [...title(m.sampleTitle, width, theme), '', ...corpusLines(corpus, m, width), ...paragraph(m.sampleModel(r.n, m.smoothingName({ kind: 'kneser-ney', discount: 0.75 })), width)];
  lines.push(...sampleLines(r, ctx));
  lines.push('', ...paragraph(m.sampleLesson, width), '', ...paragraph(m.readMore('what-is-lm#probability'), width));
  return joinReport(lines);
}

/** The part that changes with the prompt (also the answer in the interactive loop). */
export function sampleLines(r: SampleReport, ctx: LabContext): string[] {
  const { m, width, theme } = ctx;
  const lines = [...heading(m.distTitle(sanitize(r.prompt)), width, theme), ''];
  lines.push(...barLines(r.original.top, r.original.rest, ctx));
  for (const s of r.settings) {
    lines.push(...heading(m.settingTitle(s.temperature, s.topK), width, theme), '');
    lines.push(...barLines(s.top, s.rest, ctx));
    lines.push('', `${m.samplesLabel}${m.colon.trimEnd()}`);
    s.samples.forEach((text, i) => lines.push(...hangUnder(`${i + 1}. `, `${sanitize(r.prompt)}${r.joiner}${theme.accent(sanitize(text).replace(/\n/g, ' '))}`, width)));
  }
  return lines;
}

function barLines(top: Shown[], rest: number, ctx: LabContext): string[] {
  const rows = top.filter((t) => t.p > 0).map((t) => ({ label: showToken(t.token), value: t.p, text: percent(t.p) }));
  if (rest > 0.0005) rows.push({ label: ctx.m.others, value: rest, text: percent(rest) });
  return bars(rows, ctx.width, ctx.theme);
}
