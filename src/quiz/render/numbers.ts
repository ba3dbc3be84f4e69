/**
 * Numbers as a learner reads them: 175,000,000,000 (175 billion) in English,
 * 175,000,000,000（1750亿）in Chinese; points and percentages without noise.
 */

const EN_SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
const ZH_SCALES: [number, string][] = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
];

export function spellNumber(value: number, lang: string): string {
  const digits = value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  const scales = lang === 'zh' ? ZH_SCALES : EN_SCALES;
  const scale = scales.find(([size]) => Math.abs(value) >= size);
  if (!scale) return digits;
  const short = `${trim(value / scale[0])}${lang === 'zh' ? '' : ' '}${scale[1]}`;
  return lang === 'zh' ? `${digits}（${short}）` : `${digits} (${short})`;
}

/** Up to 3 decimals, no trailing zeros: 0.5, 0.667, 2. */
export function trim(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** A fraction as a percentage: 0.7 → 70. */
export function percentOf(fraction: number): string {
  return String(Math.round(fraction * 1000) / 10);
}

export function duration(ms: number, lang: string): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (lang === 'zh') return m > 0 ? `${m} 分 ${s} 秒` : `${s} 秒`;
  return m > 0 ? `${m} min ${s} s` : `${s} s`;
}
