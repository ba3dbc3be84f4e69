/**
 * Adam (Kingma & Ba 2015): each parameter moves by a running mean of its
 * gradient divided by the root of a running mean of its square, with the
 * usual bias correction. Updates the parameters in place.
 */
import { PARAM_NAMES, zeros, type MlpParams } from './mlp.js';

export interface Adam {
  m: MlpParams;
  v: MlpParams;
  t: number;
}

export const BETA1 = 0.9;
export const BETA2 = 0.999;
const EPS = 1e-8;

export function adam(params: MlpParams): Adam {
  return { m: zeros(params.shape), v: zeros(params.shape), t: 0 };
}

export function adamStep(params: MlpParams, grads: MlpParams, opt: Adam, learningRate: number): void {
  opt.t++;
  const c1 = 1 - BETA1 ** opt.t;
  const c2 = 1 - BETA2 ** opt.t;
  for (const name of PARAM_NAMES) {
    const w = params[name];
    const g = grads[name];
    const m = opt.m[name];
    const v = opt.v[name];
    for (let i = 0; i < w.length; i++) {
      const gi = g[i]!;
      if (gi === 0 && name === 'E') continue; // rows of tokens not in this batch: skip (lazy Adam)
      m[i] = BETA1 * m[i]! + (1 - BETA1) * gi;
      v[i] = BETA2 * v[i]! + (1 - BETA2) * gi * gi;
      w[i]! -= (learningRate * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + EPS);
    }
  }
}
