import { describe, expect, it } from 'vitest';
import { checks, derive, notes, resultsTable, summaryLine, tally, type TimedResult } from '../../scripts/bench/report.mjs';
import { check, displayWidth, formatKiB, formatMs, markdownTable, median, ratio, summarize } from '../../scripts/bench/stats.mjs';

const atMost = (max: number, strict = false) => ({ label: `≤ ${max}`, max, strict, format: (v: number) => v.toFixed(2) });

describe('bench statistics', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1, 100, 10], 10],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('does not reorder its input, and refuses an empty list', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
    expect(() => median([])).toThrow(RangeError);
  });

  it('summarizes timings with median, min, max and count', () => {
    expect(summarize([30, 10, 20, 50])).toEqual({ median: 25, min: 10, max: 50, runs: 4 });
  });

  it('gives a ratio only when both figures exist and the divisor is positive', () => {
    expect(ratio(30, 20)).toBe(1.5);
    expect(ratio(undefined, 20)).toBeUndefined();
    expect(ratio(30, 0)).toBeUndefined();
  });

  it('formats milliseconds, seconds and MiB', () => {
    expect([formatMs(41.26), formatMs(312.4), formatMs(2412), formatMs(undefined)]).toEqual(['41.3 ms', '312 ms', '2.41 s', '']);
    expect(formatKiB(409600)).toBe('400 MiB');
  });

  it('checks targets inclusively, or strictly when asked', () => {
    expect(check(atMost(2), 2)).toEqual({ text: '✓ 2.00', met: true });
    expect(check(atMost(2, true), 2)).toEqual({ text: '✗ 2.00', met: false });
    expect(check(atMost(2), undefined)).toEqual({ text: 'n/a', met: undefined });
  });
});

describe('bench table', () => {
  it('counts CJK characters as two columns so the table lines up', () => {
    expect(displayWidth('search 注意力')).toBe(13);
    const table = markdownTable([{ title: 'command' }, { title: 'ms', align: 'right' }], [['search 注意力', '5'], ['a | b', '12']]);
    const lines = table.split('\n');
    expect(lines).toEqual([
      '| command       |  ms |',
      '| ------------- | --: |',
      '| search 注意力 |   5 |',
      '| a \\| b        |  12 |',
    ]);
  });

  const ok = (id: string, median: number, ratioToNode: number, targets: TimedResult['targets'] = []): TimedResult => ({
    id, label: id, status: 'ok', code: 0, median, min: median - 1, max: median + 1, ratio: ratioToNode, load: 3.5, targets,
  });

  it('puts each target beside its figure, marks n/a rows, and derives ratios of medians', () => {
    const ratioTarget = { ...atMost(1.5), metric: 'ratio' as const };
    const rows: TimedResult[] = [
      ok('show', 30, 1.4, [ratioTarget]),
      ok('show-2000', 75, 3.5),
      { id: 'search', label: 'search', status: 'n/a', code: 2, note: 'n/a (exit 2): unknown command', targets: [ratioTarget] },
    ];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const showVsBuiltin = derive({ id: 'd1', label: 'show big ÷ built-in', inputs: ['show-2000', 'show'], target: atMost(2) }, byId);
    const searchVsBuiltin = derive({ id: 'd2', label: 'search big ÷ built-in', inputs: ['search-2000', 'search'], target: atMost(2) }, byId);
    expect(showVsBuiltin.value).toBe(2.5);
    expect(searchVsBuiltin).toMatchObject({ missing: 'search-2000' });

    const all = [...rows, showVsBuiltin, searchVsBuiltin];
    expect(checks(rows[0]!)).toEqual([{ label: '≤ 1.5', text: '✓ 1.40', met: true }]);
    expect(tally(all)).toEqual({ met: 1, notMet: 1, na: 2, total: 4 });
    expect(summaryLine(all)).toBe('Targets: 1 met, 1 not met, 2 n/a (of 4).');
    expect(notes(all)).toEqual(['search: n/a (exit 2): unknown command', 'search big ÷ built-in: n/a, needs search-2000']);

    const table = resultsTable({ median: 20, min: 19, max: 22, runs: 3 }, all).split('\n');
    expect(table[0]).toMatch(/^\| command +\| +median \| +min–max \| × node \| peak RSS \| +load \| target +\| result +\|$/);
    expect(table[2]).toContain('| node -e 0 (baseline)');
    expect(table[3]).toMatch(/^\| show +\| +30\.0 ms \| 29\.0 ms–31\.0 ms \| +1\.40× \| +\| +3\.50 \| ≤ 1\.5 +\| ✓ 1\.40 +\|$/);
    expect(table[5]).toMatch(/^\| search +\| n\/a \(exit 2\) \|/);
    expect(table[6]).toMatch(/\| ≤ 2 +\| ✗ 2\.50 +\|$/);
  });
});
