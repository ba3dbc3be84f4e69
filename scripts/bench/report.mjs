// Turns measured rows into the printed report: one Markdown table with the
// target beside each figure and ✓ / ✗, then notes (why a row is n/a) and a
// one-line summary. Pure: results in, text out.
import { check, formatKiB, formatMs, formatRatio, markdownTable, ratio } from './stats.mjs';

/**
 * @typedef {{ id: string, label: string, status: 'ok' | 'n/a', code?: number | null, note?: string,
 *   median?: number, min?: number, max?: number, runs?: number, baseMedian?: number, ratio?: number,
 *   rssKiB?: number, load?: number, targets: object[] }} TimedResult
 * @typedef {{ id: string, label: string, derived: true, value?: number, missing?: string, target: object }} DerivedResult
 */

const VALUE = { ratio: (r) => r.ratio, median: (r) => r.median, rss: (r) => r.rssKiB };

/** The checks of one result: `{ label, text, met }`, met undefined when the figure is missing. */
export function checks(result) {
  if (result.derived) return [{ label: result.target.label, ...check(result.target, result.value) }];
  return result.targets.map((target) => ({ label: target.label, ...check(target, result.status === 'ok' ? VALUE[target.metric](result) : undefined) }));
}

/** A derived row's figure: the ratio of the medians of two measured rows, when both ran. */
export function derive(row, byId) {
  const missing = row.inputs.find((id) => byId.get(id)?.status !== 'ok');
  if (missing) return { ...row, derived: true, missing };
  const [a, b] = row.inputs.map((id) => byId.get(id));
  return { ...row, derived: true, value: ratio(a.median, b.median) };
}

const COLUMNS = [
  { title: 'command' },
  { title: 'median', align: 'right' },
  { title: 'min–max', align: 'right' },
  { title: '× node', align: 'right' },
  { title: 'peak RSS', align: 'right' },
  { title: 'load', align: 'right' },
  { title: 'target' },
  { title: 'result' },
];

function cells(result) {
  const list = checks(result);
  const target = list.map((c) => c.label).join('; ');
  const outcome = list.map((c) => c.text).join('; ');
  if (result.derived) return [result.label, '', '', '', '', '', target, outcome];
  if (result.status !== 'ok') return [result.label, `n/a (exit ${result.code ?? '?'})`, '', '', '', '', target, list.length ? 'n/a' : ''];
  return [
    result.label,
    formatMs(result.median),
    `${formatMs(result.min)}–${formatMs(result.max)}`,
    formatRatio(result.ratio),
    formatKiB(result.rssKiB),
    result.load === undefined ? '' : result.load.toFixed(2),
    target,
    outcome,
  ];
}

/** The table: the `node -e 0` baseline first, then every row in order. */
export function resultsTable(baseline, results) {
  const first = baseline
    ? [['node -e 0 (baseline)', formatMs(baseline.median), `${formatMs(baseline.min)}–${formatMs(baseline.max)}`, '1.00×', formatKiB(baseline.rssKiB), '', '', '']]
    : [];
  return markdownTable(COLUMNS, [...first, ...results.map(cells)]);
}

/** Counts of targets met, not met and not measurable. */
export function tally(results) {
  const all = results.flatMap(checks);
  return {
    met: all.filter((c) => c.met === true).length,
    notMet: all.filter((c) => c.met === false).length,
    na: all.filter((c) => c.met === undefined).length,
    total: all.length,
  };
}

/** Notes under the table: why rows are n/a, which ran with findings, which derived rows lack an input. */
export function notes(results) {
  const out = [];
  for (const r of results) {
    if (r.derived && r.missing) out.push(`${r.label}: n/a, needs ${r.missing}`);
    else if (!r.derived && r.note) out.push(`${r.label}: ${r.note}`);
  }
  return out;
}

export function summaryLine(results) {
  const t = tally(results);
  return `Targets: ${t.met} met, ${t.notMet} not met, ${t.na} n/a (of ${t.total}).`;
}
