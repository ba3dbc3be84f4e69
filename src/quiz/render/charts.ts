/**
 * Small text charts: a sparkline of scores and a horizontal bar for a
 * percentage, in ASCII as the docs promise (the block characters are
 * ambiguous-width in CJK locales and missing from some fonts).
 */

/** Eight levels, lowest first. */
const LEVELS = '_.:-=+*#';

/** One character per value (0–100). */
export function sparkline(percents: readonly number[]): string {
  return percents.map((p) => LEVELS[Math.min(7, Math.max(0, Math.floor((p / 100) * 8 - 1e-9)))] ?? LEVELS[0]).join('');
}

/** A bar of `#`, `cells` wide at 100%. */
export function bar(percent: number, cells: number): string {
  return '#'.repeat(Math.round((Math.max(0, Math.min(100, percent)) / 100) * cells));
}
