/** `lm-explain lab ngram`: the edge that reads the options, runs the lab and writes its report. */
import { UsageError } from '../../errors.js';
import type { Io } from '../../io/io.js';
import { labContext, type LabContext, type LabGlobals } from '../context.js';
import { loadCorpus, type CorpusOptions, type LabCorpus } from '../corpus/load.js';
import { ngramModel, type NgramModel, type Smoothing } from '../ngram/model.js';
import { corpusTrie, curseTable, generate, nextTokens, promptIds } from '../ngram/report.js';
import { joinReport } from '../render/common.js';
import { generatedLines, ngramJson, nextLines, renderNgram, type NgramReport } from '../render/ngram.js';
import { interactive, promptLoop } from './prompt-loop.js';

export interface NgramOptions extends CorpusOptions {
  n: number;
  smoothing: 'kn' | 'add-k';
  k: number;
  prompt?: string | undefined;
  seed: string;
  length: number;
  json?: boolean | undefined;
}

export async function ngramLab(io: Io, globals: LabGlobals, options: NgramOptions): Promise<number> {
  const ctx = labContext(io, globals);
  const corpus = loadCorpus(ctx, options, io.cwd);
  const trie = corpusTrie(corpus);
  const smoothing: Smoothing = options.smoothing === 'add-k' ? { kind: 'add-k', k: options.k } : { kind: 'kneser-ney', discount: 0.75 };
  const model = ngramModel(trie, options.n, smoothing);
  const ids = options.prompt === undefined ? [] : promptOrFail(ctx, corpus, options.prompt);
  const report: NgramReport = {
    corpus,
    smoothing,
    k: options.k,
    curse: curseTable(corpus, trie, options.k),
    next: options.prompt === undefined ? undefined : nextTokens(corpus, model, options.prompt, ids),
    generated: generated(corpus, model, options.prompt ?? '', ids, options),
  };
  io.stdout.write(options.json ? `${JSON.stringify(ngramJson(report), null, 2)}\n` : renderNgram(report, ctx));
  if (interactive(io, options)) await promptLoop(io, ctx.m.promptAsk, (prompt) => answer(ctx, corpus, model, prompt, options));
  return 0;
}

function answer(ctx: LabContext, corpus: LabCorpus, model: NgramModel, prompt: string, options: NgramOptions): string {
  const ids = promptIds(corpus, prompt);
  if (!ids) return `${ctx.m.errPromptEmpty}\n`;
  const next = nextTokens(corpus, model, prompt, ids);
  return joinReport([...nextLines(next, ctx), ...generatedLines(generated(corpus, model, prompt, ids, options), ctx), '']);
}

function generated(corpus: LabCorpus, model: NgramModel, prompt: string, ids: number[], options: NgramOptions): NgramReport['generated'] {
  const text = generate(corpus, model, ids, options.length, options.seed);
  return { seed: options.seed, length: options.length, prompt, joiner: prompt === '' || corpus.level === 'char' ? '' : ' ', text };
}

export function promptOrFail(ctx: LabContext, corpus: LabCorpus, prompt: string): number[] {
  const ids = promptIds(corpus, prompt);
  if (!ids) throw new UsageError(ctx.m.errPromptEmpty);
  return ids;
}
