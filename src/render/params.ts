/** Parameter counts in the reader's language: `1750 亿` / `175B`, `3.4 亿` / `340M`. */

const ZH_UNITS: [number, string][] = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
];
const EN_UNITS: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

export function formatParams(count: number, lang: string): string {
  const zh = lang === 'zh';
  for (const [size, unit] of zh ? ZH_UNITS : EN_UNITS) {
    if (count >= size) return `${trim(count / size)}${zh ? ' ' : ''}${unit}`;
  }
  return trim(count);
}

/** At most four significant digits, no trailing zeros. */
function trim(value: number): string {
  return String(Number(value.toPrecision(4)));
}
