/** The neural lab's report and progress line as text. */
import { hangUnder } from '../../render/layout.js';
import { renderTable } from '../../render/table.js';
import { sanitize } from '../../text/sanitize.js';
import { displayWidth } from '../../text/width.js';
import type { LabContext } from '../context.js';
import type { LabCorpus } from '../corpus/load.js';
import type { Neighbours } from '../neural/neighbours.js';
import type { TrainState } from '../neural/train.js';
import { bars, corpusLines, cut, heading, joinReport, paragraph, showToken, title } from './common.js';

export interface NeuralReport {
  corpus: LabCorpus;
  state: TrainState;
  baseline: { n: number; kneserNey: number; addK: number; k: number };
  neighbours: Neighbours[];
}

export function progressLine(state: TrainState, left: number, ctx: LabContext): string {
  const seconds = state.elapsedMs / 1000;
  const text = ctx.m.progress(state.step, state.loss, seconds > 0 ? state.tokens / seconds : 0, left);
  const total = seconds + left;
  // Narrower than the terminal: a line that wrapped would not be rewritten in place by the next one.
  const textWidth = displayWidth(text);
  const room = Math.max(0, Math.min(20, ctx.width - textWidth - 4));
  if (room < 5 || total <= 0) return textWidth < ctx.width ? text : cut(text, Math.max(2, ctx.width - 1));
  const done = Math.round((seconds / total) * room);
  return `[${'#'.repeat(done)}${'.'.repeat(room - done)}] ${text}`;
}

export function renderNeural(r: NeuralReport, ctx: LabContext): string {
  const { m, width, theme } = ctx;
  const { state, baseline } = r;
  const c = state.config;
  const seconds = state.elapsedMs / 1000;
  const neural = state.perplexity ?? Number.NaN;
  const lines = [...title(m.neuralTitle, width, theme), '', ...corpusLines(r.corpus, m, width), ...paragraph(m.neuralSetup(c.context, c.embed, c.hidden, c.batch, c.learningRate), width)];
  lines.push('', ...paragraph(m.trainedLine(state.step, state.tokens, seconds, seconds > 0 ? state.tokens / seconds : 0, state.status === 'stopped'), width));

  lines.push(...heading(m.curveTitle, width, theme), '');
  const curve = [...state.curve, { seconds, step: state.step, perplexity: neural }];
  lines.push(...bars(curve.map((p) => ({ label: `${p.seconds.toFixed(1)}s`, value: p.perplexity, text: p.perplexity.toFixed(1) })), width, theme));

  lines.push(...heading(m.compareTitle(baseline.n), width, theme), '');
  lines.push(
    ...renderTable(
      {
        header: ['', m.colPpl],
        rows: [
          [m.neuralRow(seconds), neural.toFixed(1)],
          [m.ngramRow(m.kn), baseline.kneserNey.toFixed(1)],
          [m.ngramRow(m.addK(baseline.k)), baseline.addK.toFixed(1)],
        ],
        align: ['left', 'right'],
      },
      width,
      theme,
    ),
  );
  lines.push('', ...paragraph(neural < baseline.kneserNey ? m.verdictWin : m.verdictLose(neural / baseline.kneserNey), width));

  if (r.neighbours.length > 0) {
    lines.push(...heading(m.neighboursTitle, width, theme), ...paragraph(m.neighboursNote, width), '');
    for (const n of r.neighbours) {
      // Each neighbour stays with its similarity; a line that wraps goes on under the first neighbour.
      const near = n.near.map((x) => `${showToken(x.token)} ${x.similarity.toFixed(2)}`);
      lines.push(...hangUnder(`${showToken(n.token)} → `, near.join(', '), width, near));
    }
  }
  lines.push('', ...paragraph(m.readMore('stages#nlm'), width));
  return joinReport(lines);
}

export function neuralJson(r: NeuralReport): unknown {
  const { state, corpus } = r;
  const seconds = state.elapsedMs / 1000;
  return {
    lab: 'neural',
    corpus: { source: sanitize(corpus.source), level: corpus.level, tokens: corpus.data.ids.length, types: corpus.data.vocab.length - 1, train: corpus.data.split, heldOut: corpus.data.ids.length - corpus.data.split },
    model: { context: state.config.context, embed: state.config.embed, hidden: state.config.hidden, batch: state.config.batch, learningRate: state.config.learningRate, optimizer: 'adam' },
    status: state.status,
    steps: state.step,
    tokens: state.tokens,
    seconds,
    tokensPerSecond: seconds > 0 ? state.tokens / seconds : 0,
    perplexity: state.perplexity,
    curve: state.curve,
    ngram: r.baseline,
    neighbours: r.neighbours,
  };
}
