/** `lm-explain lab`: the labs, what each runs, and the chapter each belongs to. */
import type { Io } from '../../io/io.js';
import { hang } from '../../render/layout.js';
import { displayWidth, padEnd } from '../../text/width.js';
import { labContext, type LabContext, type LabGlobals } from '../context.js';
import { joinReport, paragraph, title } from '../render/common.js';

export const LABS = [
  { name: 'ngram', chapter: 'stages#slm' },
  { name: 'neural', chapter: 'stages#nlm' },
  { name: 'tokens', chapter: 'what-is-lm#tokens' },
  { name: 'sample', chapter: 'what-is-lm#probability' },
] as const;

export function labList(io: Io, globals: LabGlobals): string {
  return renderLabList(labContext(io, globals));
}

export function renderLabList(ctx: LabContext): string {
  const { m, width, theme } = ctx;
  const describe = { ngram: m.ngramDescription, neural: m.neuralDescription, tokens: m.tokensDescription, sample: m.sampleDescription };
  const nameWidth = Math.max(...LABS.map((l) => displayWidth(l.name)));
  const lines = [...title(m.labsTitle, width, theme), '', ...paragraph(m.labsIntro, width), ''];
  for (const lab of LABS) {
    const indent = ' '.repeat(nameWidth + 4);
    lines.push(...hang(describe[lab.name], width, `  ${theme.accent(padEnd(lab.name, nameWidth))}  `, indent));
    lines.push(...hang(theme.dim(`lm-explain lab ${lab.name} · show ${lab.chapter}`), width, indent, indent));
  }
  lines.push('', ...paragraph(m.labsRun, width));
  return joinReport(lines);
}
