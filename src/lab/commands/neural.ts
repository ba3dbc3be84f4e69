/**
 * `lm-explain lab neural`: the training loop around the state machine in
 * ../neural/train.ts, a progress line on a terminal's stderr, Ctrl-C to
 * stop early (the model so far is evaluated), then the report.
 */
import type { Io } from '../../io/io.js';
import { labContext, type LabGlobals } from '../context.js';
import { loadCorpus, type CorpusOptions } from '../corpus/load.js';
import { perplexity } from '../ngram/evaluate.js';
import { ngramModel } from '../ngram/model.js';
import { corpusTrie } from '../ngram/report.js';
import { nearestNeighbours } from '../neural/neighbours.js';
import { DEFAULT_TRAIN, secondsLeft, startTraining, stopTraining, trainStep, type TrainState } from '../neural/train.js';
import { neuralJson, progressLine, renderNeural, type NeuralReport } from '../render/neural.js';

export interface NeuralOptions extends CorpusOptions {
  context: number;
  seconds: number;
  steps?: number | undefined;
  hidden: number;
  embed: number;
  seed: string;
  json?: boolean | undefined;
}

/** Interrupts reach the loop between chunks of steps of about this many milliseconds. */
const CHUNK_MS = 100;

/** Calls the handler on Ctrl-C until the returned function is called. */
export type OnInterrupt = (handler: () => void) => () => void;

export async function neuralLab(io: Io, globals: LabGlobals, options: NeuralOptions, onInterrupt: OnInterrupt): Promise<number> {
  const ctx = labContext(io, globals);
  const corpus = loadCorpus(ctx, options, io.cwd);
  const trie = corpusTrie(corpus, options.context + 1);
  const n = options.context + 1;
  const k = 1;
  const baseline = {
    n,
    kneserNey: perplexity(ngramModel(trie, n), corpus.data),
    addK: perplexity(ngramModel(trie, n, { kind: 'add-k', k }), corpus.data),
    k,
  };
  const config = { ...DEFAULT_TRAIN, context: options.context, hidden: options.hidden, embed: options.embed, seconds: options.seconds, maxSteps: options.steps ?? Number.POSITIVE_INFINITY };

  let stop = false;
  const release = onInterrupt(() => (stop = true));
  const showProgress = io.stderr.isTTY && !options.json;
  let state: TrainState = startTraining(config, corpus.data, options.seed);
  const started = performance.now();
  try {
    while (state.status === 'training') {
      const chunkEnd = performance.now() + CHUNK_MS;
      while (state.status === 'training' && performance.now() < chunkEnd) state = trainStep(state, performance.now() - started);
      if (showProgress) io.stderr.write(`\r${progressLine(state, secondsLeft(state), ctx)}\u001b[K`);
      await new Promise((resolve) => setImmediate(resolve)); // lets a Ctrl-C arrive
      if (stop) state = stopTraining(state, performance.now() - started);
    }
  } finally {
    release();
    if (showProgress) io.stderr.write('\r\u001b[K');
  }
  const report: NeuralReport = { corpus, state, baseline, neighbours: nearestNeighbours(state.params, corpus.data) };
  io.stdout.write(options.json ? `${JSON.stringify(neuralJson(report), null, 2)}\n` : renderNeural(report, ctx));
  return 0;
}
