import { expect, test } from 'vitest';
import { renderBarChart } from '../../src/render/bar-chart.js';
import { createTheme } from '../../src/render/theme.js';
import { displayWidth } from '../../src/text/width.js';

const items = [
  { label: 'big', value: 1e12, valueText: '1T' },
  { label: 'mid', value: 1e10, valueText: '10B' },
  { label: 'small', value: 1e8, valueText: '100M' },
  { label: 'secret', value: null, valueText: '?' },
];
const options = (width: number) => ({ width, theme: createTheme(0), missing: 'not drawn', tickLabel: (v: number) => String(Math.log10(v)) });

test('a log scale: equal ratios give equal steps, and undisclosed values are not drawn', () => {
  const lines = renderBarChart(items, options(40));
  const bar = (label: string) => /#+/.exec(lines.find((l) => l.startsWith(label))!)![0].length;
  expect(Math.abs(bar('big') - bar('mid') - (bar('mid') - bar('small')))).toBeLessThanOrEqual(1);
  expect(bar('big')).toBeGreaterThan(bar('mid'));
  expect(lines.find((l) => l.startsWith('secret'))).toBe('secret not drawn');
  expect(lines.at(-2)).toMatch(/^ {7}(\+-+){4}\+$/);
  expect(lines.at(-1)!.trim().split(/\s+/)).toEqual(['8', '9', '10', '11', '12']);
});

test('coloured bars are background cells, one column each', () => {
  const lines = renderBarChart(items, { ...options(40), theme: createTheme(1) });
  expect(lines[0]).toContain('\u001b[46m');
  expect(lines[0]).not.toContain('#');
});

test.each([20, 30, 50, 100])('never wider than %i columns', (width) => {
  for (const line of renderBarChart(items, options(width))) expect(displayWidth(line)).toBeLessThanOrEqual(width);
});

test('coloured bars keep their cells inside the background colour, as long as the plain bars', () => {
  // Issue 18 item 1: wrapping moved the spaces out of the colour, leaving `ESC[46m ESC[49m` with nothing between.
  const plain = renderBarChart(items, options(40));
  const colour = renderBarChart(items, { ...options(40), theme: createTheme(1) });
  for (const [i, line] of colour.entries()) {
    const hashes = /#+/.exec(plain[i]!)?.[0].length ?? 0;
    const painted = /\u001b\[46m( *)\u001b\[49m/.exec(line)?.[1]!.length ?? 0;
    expect(painted).toBe(hashes);
  }
  expect(colour.filter((l) => l.includes('\u001b[46m')).length).toBe(3);
});
