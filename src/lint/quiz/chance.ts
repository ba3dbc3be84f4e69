/** How likely chance is to give a count: the Poisson-binomial tail, exactly. */

/** P(X ≥ k) where X is the number of successes of independent trials with probabilities `ps`. */
export function atLeastProbability(ps: readonly number[], k: number): number {
  // dist[j] = P(j successes so far), built one trial at a time.
  let dist = [1];
  for (const p of ps) {
    const next = new Array<number>(dist.length + 1).fill(0);
    dist.forEach((q, j) => {
      next[j]! += q * (1 - p);
      next[j + 1]! += q * p;
    });
    dist = next;
  }
  return dist.slice(Math.max(0, k)).reduce((a, b) => a + b, 0);
}
