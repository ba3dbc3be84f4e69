/**
 * The sampling lab as data: the n-gram model's next-token distribution for
 * a prompt, then for each setting (temperature, top-k) the reshaped
 * distribution and a few seeded continuations drawn from it token by token.
 */
import { seededRng } from '../quiz/engine/random.js';
import type { LabCorpus } from './corpus/load.js';
import { joinTokens } from './corpus/tokenize.js';
import { distribution, type NgramModel } from './ngram/model.js';
import { applyTemperature, applyTopK, sample, topIds } from './sampling.js';

export interface Setting {
  temperature: number;
  /** 0: no cut. */
  topK: number;
}

export interface Shown {
  token: string;
  p: number;
}

export interface SettingResult extends Setting {
  top: Shown[];
  /** Probability left to the tokens not shown. */
  rest: number;
  samples: string[];
}

export interface SampleReport {
  prompt: string;
  /** What comes between the prompt and a continuation: a space between words, nothing between characters. */
  joiner: string;
  n: number;
  original: { top: Shown[]; rest: number };
  settings: SettingResult[];
}

export const SHOWN = 8;

/** The settings to show: each temperature with --top-k, or without it plus T = 1 with top-5. */
export function settingsFor(temperatures: readonly number[], topK: number | undefined): Setting[] {
  if (topK !== undefined) return temperatures.map((temperature) => ({ temperature, topK }));
  return [...temperatures.map((temperature) => ({ temperature, topK: 0 })), { temperature: 1, topK: 5 }];
}

/** The model's distribution without `<unk>` (it stands for every unseen token, so it is never written). */
export function nextDistribution(model: NgramModel, context: readonly number[]): Float64Array {
  const p = distribution(model, context, context.length);
  const unk = p[0]!;
  p[0] = 0;
  for (let i = 1; i < p.length; i++) p[i]! /= 1 - unk;
  return p;
}

export function reshape(p: Float64Array, s: Setting): Float64Array {
  return applyTopK(applyTemperature(p, s.temperature), s.topK);
}

function shown(corpus: LabCorpus, p: Float64Array): { top: Shown[]; rest: number } {
  const top = topIds(p, SHOWN).map((id) => ({ token: corpus.data.vocab[id]!, p: p[id]! }));
  return { top, rest: Math.max(0, 1 - top.reduce((sum, t) => sum + t.p, 0)) };
}

export function sampleReport(corpus: LabCorpus, model: NgramModel, prompt: string, ids: readonly number[], settings: readonly Setting[], count: number, length: number, seed: string): SampleReport {
  const p = nextDistribution(model, ids);
  return {
    prompt,
    joiner: corpus.level === 'word' ? ' ' : '',
    n: model.n,
    original: shown(corpus, p),
    settings: settings.map((s) => ({
      ...s,
      ...shown(corpus, reshape(p, s)),
      samples: Array.from({ length: count }, (_, i) => continuation(corpus, model, ids, s, length, `${seed}:${s.temperature}:${s.topK}:${i}`)),
    })),
  };
}

function continuation(corpus: LabCorpus, model: NgramModel, ids: readonly number[], s: Setting, length: number, seed: string): string {
  const rng = seededRng(seed);
  const context = [...ids];
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    const id = sample(reshape(nextDistribution(model, context), s), rng);
    context.push(id);
    out.push(corpus.data.vocab[id]!);
  }
  return joinTokens(out, corpus.level);
}
