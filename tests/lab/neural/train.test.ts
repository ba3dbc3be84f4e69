import { describe, expect, test } from 'vitest';
import { makeDataset } from '../../../src/lab/corpus/vocab.js';
import { DEFAULT_TRAIN, secondsLeft, startTraining, stopTraining, trainStep, type TrainState } from '../../../src/lab/neural/train.js';

// A text with a pattern a context of 2 predicts exactly: "a b c d a b c d ...".
const data = makeDataset(Array.from({ length: 400 }, (_, i) => 'abcd'[i % 4]!));
const config = { ...DEFAULT_TRAIN, context: 2, embed: 4, hidden: 8, batch: 16, learningRate: 0.05, seconds: 1e9, evalEverySeconds: 1e9 };

function run(state: TrainState, steps: number): TrainState {
  for (let i = 0; i < steps && state.status === 'training'; i++) state = trainStep(state, i);
  return state;
}

describe('training as a state machine', () => {
  test('it learns a pattern: held-out perplexity falls from about 4 to near 1', () => {
    const start = startTraining({ ...config, maxSteps: 300 }, data, 'learn');
    expect(start.curve[0]!.perplexity).toBeGreaterThan(2.5);
    const end = run(start, 1000);
    expect(end.status).toBe('finished');
    expect(end.step).toBe(300);
    expect(end.tokens).toBe(300 * 16);
    expect(end.perplexity).toBeLessThan(1.2);
  });

  test('the same seed and steps give the same model; another seed a different one', () => {
    const a = run(startTraining({ ...config, maxSteps: 20 }, data, 's1'), 100);
    const b = run(startTraining({ ...config, maxSteps: 20 }, data, 's1'), 100);
    const c = run(startTraining({ ...config, maxSteps: 20 }, data, 's2'), 100);
    expect(a.perplexity).toBe(b.perplexity);
    expect(Array.from(a.params.W2)).toEqual(Array.from(b.params.W2));
    expect(c.perplexity).not.toBe(a.perplexity);
  });

  test('stopping early (Ctrl-C) keeps the model so far and evaluates it', () => {
    const running = run(startTraining(config, data, 'stop'), 5);
    expect(running.status).toBe('training');
    expect(running.perplexity).toBeUndefined();
    const stopped = stopTraining(running, 1234);
    expect(stopped.status).toBe('stopped');
    expect(stopped.step).toBe(5);
    expect(stopped.elapsedMs).toBe(1234);
    expect(stopped.perplexity).toBeGreaterThan(1);
    expect(trainStep(stopped, 2000)).toBe(stopped);
  });

  test('the time budget ends training, and the curve gets a point each evaluation interval', () => {
    let s = startTraining({ ...config, seconds: 1, evalEverySeconds: 0.25 }, data, 'time');
    for (const ms of [100, 300, 600, 900, 1000]) s = trainStep(s, ms);
    expect(s.status).toBe('finished');
    expect(s.curve.map((p) => p.seconds)).toEqual([0, 0.3, 0.6, 0.9]); // the end is measured on every held-out token (.perplexity)
    expect(s.perplexity).toBeGreaterThan(1);
    expect(secondsLeft(s)).toBe(0);
  });
});
