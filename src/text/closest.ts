/** Near-miss suggestions ("did you mean ...?") by edit distance. */

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  const cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    for (let j = 0; j <= b.length; j++) prev[j] = cur[j]!;
  }
  return prev[b.length]!;
}

/**
 * Candidates close to `input`, best first: prefix matches, then those within
 * an edit distance of about a third of the input's length.
 */
export function closest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const needle = input.toLowerCase();
  // Nothing is a near miss of a 120 KB argument; the distance of each would cost its length times theirs.
  if (needle.length > 200) return [];
  const limit = Math.max(1, Math.floor(needle.length / 3));
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const hay = candidate.toLowerCase();
    if (hay === needle) continue;
    if (Math.abs(hay.length - needle.length) > limit && !hay.startsWith(needle) && !needle.startsWith(hay)) continue; // the distance is at least the difference
    const distance = hay.startsWith(needle) || needle.startsWith(hay) ? 0.5 : editDistance(needle, hay);
    if (distance <= limit) scored.push({ candidate, score: distance });
  }
  scored.sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate));
  return scored.slice(0, max).map((s) => s.candidate);
}
