/**
 * Training as a state machine: `startTraining` makes the model and the
 * optimiser, `trainStep(state, elapsedMs)` runs one mini-batch of Adam and
 * returns the next state, `stopTraining` ends it early (Ctrl-C); each end
 * evaluates the model on the held-out text. Time comes in as an argument and
 * randomness from the seeded generator, so the same seed and number of steps
 * give the same model. The typed arrays of the parameters are updated in
 * place (copying them each step would cost more than the step); everything
 * else in the state is new each time.
 */
import type { Dataset } from '../corpus/vocab.js';
import { randomBelow, seededRng, type Rng } from '../../quiz/engine/random.js';
import { adam, adamStep, type Adam } from './adam.js';
import { backward, forward, initParams, meanLoss, scratch, zeros, type MlpParams, type Scratch } from './mlp.js';

export interface TrainConfig {
  context: number;
  embed: number;
  hidden: number;
  batch: number;
  learningRate: number;
  /** Stop after this much training time… */
  seconds: number;
  /** …or this many steps, whichever comes first. */
  maxSteps: number;
  /** How often the held-out perplexity is measured for the curve. */
  evalEverySeconds: number;
  /** Held-out tokens used for the curve (all of them for the final figure). */
  curveTokens: number;
}

export const DEFAULT_TRAIN: TrainConfig = {
  context: 3,
  embed: 24,
  hidden: 96,
  batch: 32,
  learningRate: 0.003,
  seconds: 30,
  maxSteps: Number.POSITIVE_INFINITY,
  evalEverySeconds: 5,
  curveTokens: 1000,
};

export interface CurvePoint {
  seconds: number;
  step: number;
  perplexity: number;
}

export type TrainStatus = 'training' | 'finished' | 'stopped';

export interface TrainState {
  readonly config: TrainConfig;
  readonly data: Dataset;
  readonly params: MlpParams;
  readonly status: TrainStatus;
  readonly step: number;
  /** Training tokens predicted so far (steps × batch). */
  readonly tokens: number;
  readonly elapsedMs: number;
  /** The latest mini-batch loss, smoothed over recent steps. */
  readonly loss: number;
  readonly curve: readonly CurvePoint[];
  /** Held-out perplexity on every held-out token, once training has ended. */
  readonly perplexity?: number;
  readonly lastEvalMs: number;
  /** Working storage: the gradient, the optimiser and the generator. */
  readonly work: { grads: MlpParams; opt: Adam; rng: Rng; s: Scratch };
}

export function startTraining(config: TrainConfig, data: Dataset, seed: string): TrainState {
  const rng = seededRng(`neural:${seed}`);
  const shape = { vocab: data.vocab.length, context: config.context, embed: config.embed, hidden: config.hidden };
  const params = initParams(shape, rng);
  unigramBias(params, data);
  const state: TrainState = {
    config,
    data,
    params,
    status: 'training',
    step: 0,
    tokens: 0,
    elapsedMs: 0,
    loss: Math.log(shape.vocab),
    curve: [],
    lastEvalMs: 0,
    work: { grads: zeros(shape), opt: adam(params), rng, s: scratch(shape) },
  };
  return { ...state, curve: [curvePoint(state, 0)] };
}

export function trainStep(state: TrainState, elapsedMs: number): TrainState {
  if (state.status !== 'training') return state;
  const { config, data, params, work } = state;
  const { grads, s } = work;
  for (const name of ['E', 'W1', 'b1', 'W2', 'b2'] as const) grads[name].fill(0);
  let loss = 0;
  const span = data.split - 1; // targets 1 .. split-1 (position 0 has no context at all)
  for (let b = 0; b < config.batch; b++) {
    const t = 1 + randomBelow(work.rng, span);
    loss += forward(params, data.ids, t, s);
    backward(params, grads, data.ids, t, s, 1 / config.batch);
  }
  adamStep(params, grads, work.opt, config.learningRate);
  const step = state.step + 1;
  let next: TrainState = {
    ...state,
    step,
    tokens: state.tokens + config.batch,
    elapsedMs,
    loss: step === 1 ? loss / config.batch : 0.95 * state.loss + 0.05 * (loss / config.batch),
  };
  if (elapsedMs - state.lastEvalMs >= config.evalEverySeconds * 1000) {
    next = { ...next, curve: [...next.curve, curvePoint(next, elapsedMs)], lastEvalMs: elapsedMs };
  }
  if (step >= config.maxSteps || elapsedMs >= config.seconds * 1000) return finish(next, 'finished');
  return next;
}

/** Ctrl-C: the model so far is kept and evaluated. */
export function stopTraining(state: TrainState, elapsedMs: number): TrainState {
  return state.status === 'training' ? finish({ ...state, elapsedMs }, 'stopped') : state;
}

/** The output bias starts at the log of each token's add-one frequency: training starts from a unigram model, not from uniform. */
function unigramBias(params: MlpParams, data: Dataset): void {
  const counts = new Float64Array(params.b2.length).fill(1);
  for (let t = 0; t < data.split; t++) counts[data.ids[t]!]!++;
  const total = data.split + counts.length;
  for (let v = 0; v < counts.length; v++) params.b2[v] = Math.log(counts[v]! / total);
}

function finish(state: TrainState, status: TrainStatus): TrainState {
  const { data } = state;
  const perplexity = Math.exp(meanLoss(state.params, data.ids, data.split, data.ids.length, state.work.s));
  return { ...state, status, perplexity };
}

function curvePoint(state: TrainState, elapsedMs: number): CurvePoint {
  const { data, config } = state;
  const to = Math.min(data.ids.length, data.split + config.curveTokens);
  return { seconds: elapsedMs / 1000, step: state.step, perplexity: Math.exp(meanLoss(state.params, data.ids, data.split, to, state.work.s)) };
}

/** Seconds left of the time budget or the step budget, whichever ends first, at the current pace. */
export function secondsLeft(state: TrainState): number {
  const byTime = state.config.seconds - state.elapsedMs / 1000;
  if (!Number.isFinite(state.config.maxSteps) || state.step === 0) return Math.max(0, byTime);
  const perStep = state.elapsedMs / 1000 / state.step;
  return Math.max(0, Math.min(byTime, (state.config.maxSteps - state.step) * perStep));
}
