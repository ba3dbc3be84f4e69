/** The statistics item analysis needs: a mean, Pearson's r, and the upper-minus-lower 27% index. */

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Pearson's correlation; null when either side does not vary (or fewer than 2 pairs). */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2) return null;
  const mx = mean(xs);
  const my = mean(ys);
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  if (sxx < 1e-12 || syy < 1e-12) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * The item's mean score among the 27% of attempts with the highest rest
 * scores minus its mean among the 27% with the lowest (Kelley's groups);
 * null with fewer than 4 attempts. Ties keep the input order.
 */
export function upperLower(xs: readonly number[], rest: readonly number[]): number | null {
  const n = xs.length;
  if (n < 4) return null;
  const g = Math.max(1, Math.round(0.27 * n));
  const order = xs.map((_, i) => i).sort((a, b) => rest[b]! - rest[a]!);
  const top = order.slice(0, g).map((i) => xs[i]!);
  const bottom = order.slice(n - g).map((i) => xs[i]!);
  return mean(top) - mean(bottom);
}
