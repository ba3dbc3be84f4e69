// Pure helpers of the benchmark: summary statistics, ratios, target checks
// and the Markdown table it prints. No I/O here, so tests import it directly.

/** The median of a non-empty list of numbers (the mean of the middle two for an even count). */
export function median(values) {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median, min and max of timings in milliseconds. */
export function summarize(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length };
}

/** a / b, or undefined when either is missing or b is not positive. */
export function ratio(a, b) {
  if (a === undefined || b === undefined || !(b > 0)) return undefined;
  return a / b;
}

/** Milliseconds as people read them: `48 ms`, `312 ms`, `2.41 s`. */
export function formatMs(ms) {
  if (ms === undefined) return '';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return ms >= 100 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

export function formatRatio(value) {
  return value === undefined ? '' : `${value.toFixed(2)}×`;
}

/** Kibibytes (as /usr/bin/time %M reports them) in MiB. */
export function formatKiB(kib) {
  return kib === undefined ? '' : `${(kib / 1024).toFixed(0)} MiB`;
}

/**
 * A target is `{ label, max, strict?, format }`: the figure must be <= max
 * (< max when strict). Returns the cell text and whether it was met;
 * `met` is undefined when the figure is missing.
 */
export function check(target, value) {
  if (value === undefined) return { text: 'n/a', met: undefined };
  const met = target.strict ? value < target.max : value <= target.max;
  return { text: `${met ? '✓' : '✗'} ${target.format(value)}`, met };
}

/** Display columns of a string: East Asian wide and full-width characters count two. */
export function displayWidth(text) {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0);
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code) {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function pad(text, width, align) {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * A Markdown table whose columns line up in a terminal too (`|` in a cell is escaped).
 * `columns`: `[{ title, align? }]`; `rows`: arrays of cell strings.
 */
export function markdownTable(columns, rows) {
  const escaped = rows.map((row) => row.map((cell) => (cell ?? '').replaceAll('|', '\\|')));
  const widths = columns.map((col, i) => Math.max(3, displayWidth(col.title), ...escaped.map((row) => displayWidth(row[i] ?? ''))));
  const line = (cells) => `| ${cells.map((cell, i) => pad(cell ?? '', widths[i], columns[i].align)).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (columns[i].align === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(columns.map((c) => c.title)), rule, ...escaped.map(line)].join('\n');
}
