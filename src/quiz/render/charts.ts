/** Small text charts: a sparkline of scores and a horizontal bar for a percentage. */

const SPARKS = '▁▂▃▄▅▆▇█';
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** One character per value (0–100). */
export function sparkline(percents: readonly number[]): string {
  return percents.map((p) => SPARKS[Math.min(7, Math.max(0, Math.floor((p / 100) * 8 - 1e-9)))] ?? SPARKS[0]).join('');
}

/** A bar `cells` wide at 100%, in eighths of a cell. */
export function bar(percent: number, cells: number): string {
  const eighths = Math.round((Math.max(0, Math.min(100, percent)) / 100) * cells * 8);
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}
