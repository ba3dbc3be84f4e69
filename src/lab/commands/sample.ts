/** `lm-explain lab sample`: temperature and top-k on the n-gram model's next-token distribution. */
import type { Io } from '../../io/io.js';
import { labContext, type LabGlobals } from '../context.js';
import { joinTokens } from '../corpus/tokenize.js';
import { loadCorpus, type CorpusOptions } from '../corpus/load.js';
import { ngramModel } from '../ngram/model.js';
import { corpusTrie, promptIds } from '../ngram/report.js';
import { renderSample, sampleLines } from '../render/sample.js';
import { joinReport } from '../render/common.js';
import { sampleReport, settingsFor } from '../sample-report.js';
import { promptOrFail } from './ngram.js';
import { interactive, promptLoop } from './prompt-loop.js';

export interface SampleOptions extends CorpusOptions {
  n: number;
  prompt?: string | undefined;
  temperature?: number[] | undefined;
  topK?: number | undefined;
  samples: number;
  length: number;
  seed: string;
  json?: boolean | undefined;
}

export async function sampleLab(io: Io, globals: LabGlobals, options: SampleOptions): Promise<number> {
  const ctx = labContext(io, globals);
  const corpus = loadCorpus(ctx, options, io.cwd);
  const model = ngramModel(corpusTrie(corpus, options.n), options.n);
  const settings = settingsFor(options.temperature ?? [0.5, 1, 1.5], options.topK);
  // Without --prompt: the first n − 1 tokens of the held-out text, a context the model may not have seen whole.
  const { data } = corpus;
  const fallback = Array.from(data.ids.subarray(data.split, data.split + Math.max(1, options.n - 1)), (id) => data.vocab[id]!);
  const prompt = options.prompt ?? joinTokens(fallback, corpus.level);
  const ids = promptOrFail(ctx, corpus, prompt);
  const report = sampleReport(corpus, model, prompt, ids, settings, options.samples, options.length, options.seed);
  io.stdout.write(options.json ? `${JSON.stringify({ lab: 'sample', corpus: { source: corpus.source, level: corpus.level, tokens: data.ids.length }, ...report }, null, 2)}\n` : renderSample(report, corpus, ctx));
  if (interactive(io, options)) {
    await promptLoop(io, ctx.m.promptAsk, (text) => {
      const typed = promptIds(corpus, text);
      if (!typed) return `${ctx.m.errPromptEmpty}\n`;
      return joinReport([...sampleLines(sampleReport(corpus, model, text, typed, settings, options.samples, options.length, options.seed), ctx), '']);
    });
  }
  return 0;
}
