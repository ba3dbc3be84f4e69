import { describe, expect, test } from 'vitest';
import { backward, forward, initParams, PARAM_NAMES, scratch, zeros } from '../../../src/lab/neural/mlp.js';
import { seededRng } from '../../../src/quiz/engine/random.js';

const shape = { vocab: 7, context: 3, embed: 4, hidden: 5 };
const ids = [3, 1, 4, 1, 5, 2, 6, 0, 2];

describe('the neural model', () => {
  test('its softmax is a distribution and the loss is −log p(target)', () => {
    const m = initParams(shape, seededRng('softmax'));
    const s = scratch(shape);
    const loss = forward(m, ids, 5, s);
    expect(s.p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(loss).toBeCloseTo(-Math.log(s.p[ids[5]!]!), 12);
  });

  test('backward matches finite differences for every parameter', () => {
    const m = initParams(shape, seededRng('gradcheck'));
    // Biases start at zero; move them so their gradients are checked away from a special point.
    for (let i = 0; i < m.b1.length; i++) m.b1[i] = 0.1 * (i - 2);
    for (let i = 0; i < m.b2.length; i++) m.b2[i] = 0.05 * i;
    const positions = [1, 4, 6, 8]; // includes a context reaching before the text (token 0)
    const s = scratch(shape);
    const loss = () => positions.reduce((sum, t) => sum + forward(m, ids, t, s), 0) / positions.length;
    const g = zeros(shape);
    for (const t of positions) {
      forward(m, ids, t, s);
      backward(m, g, ids, t, s, 1 / positions.length);
    }
    const h = 1e-5;
    let checked = 0;
    for (const name of PARAM_NAMES) {
      const w = m[name];
      for (let i = 0; i < w.length; i++) {
        const old = w[i]!;
        w[i] = old + h;
        const up = loss();
        w[i] = old - h;
        const down = loss();
        w[i] = old;
        const numeric = (up - down) / (2 * h);
        expect(Math.abs(g[name][i]! - numeric), `${name}[${i}]`).toBeLessThan(1e-7 + 1e-5 * Math.abs(numeric));
        checked++;
      }
    }
    expect(checked).toBe(7 * 4 + 12 * 5 + 5 + 5 * 7 + 7);
  });
});
