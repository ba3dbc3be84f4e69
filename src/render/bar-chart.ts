/**
 * A horizontal bar chart on a log scale (parameter counts span five orders
 * of magnitude). Items without a value are listed, marked, and not drawn.
 * Bars are coloured background cells (or `#` without colour), never the
 * block characters, which are ambiguous-width in CJK locales.
 */
import { displayWidth, padEnd } from '../text/width.js';
import { hang } from './layout.js';
import type { Theme } from './theme.js';

export interface BarItem {
  label: string;
  value: number | null;
  valueText: string;
}

export interface BarChartOptions {
  width: number;
  theme: Theme;
  /** Shown instead of a bar when the value is null. */
  missing: string;
  /** Labels for the decade ticks of the axis. */
  tickLabel: (value: number) => string;
}

export function renderBarChart(items: BarItem[], options: BarChartOptions): string[] {
  const { width, theme } = options;
  const values = items.map((i) => i.value).filter((v): v is number => v !== null && v > 0);
  const labelWidth = Math.min(Math.max(0, ...items.map((i) => displayWidth(i.label))), Math.floor(width / 3));
  const valueWidth = Math.max(0, ...items.map((i) => displayWidth(i.valueText)));
  const stacked = width - labelWidth - valueWidth - 2 < 12;
  const barRoom = stacked ? width - valueWidth - 1 : width - labelWidth - valueWidth - 2;
  const scale = values.length > 0 ? logScale(Math.min(...values), Math.max(...values)) : undefined;
  const length = (v: number) => (scale ? Math.max(1, Math.round(((Math.log10(v) - scale.lo) / (scale.hi - scale.lo)) * barRoom)) : 0);

  const out: string[] = [];
  for (const item of items) {
    const label = fitLabel(item.label, stacked ? width : labelWidth);
    const bar = item.value !== null && item.value > 0 ? `${theme.bar(length(item.value))} ${item.valueText}` : theme.dim(options.missing);
    if (stacked) out.push(label, ...hang(bar, width, '', ''));
    else out.push(...hang(bar, width, `${padEnd(label, labelWidth)} `, ' '.repeat(labelWidth + 1)));
  }
  if (scale) out.push(...axis(scale, barRoom, stacked ? 0 : labelWidth + 1, options));
  return out;
}

function logScale(min: number, max: number): { lo: number; hi: number } {
  const lo = Math.floor(Math.log10(min));
  const hi = Math.max(lo + 1, Math.ceil(Math.log10(max)));
  return { lo, hi };
}

/** An axis line with a `+` at each power of ten and labels under the ticks that fit. */
function axis(scale: { lo: number; hi: number }, room: number, offset: number, options: BarChartOptions): string[] {
  const ticks: { at: number; label: string }[] = [];
  for (let p = scale.lo; p <= scale.hi; p++) {
    const at = Math.min(room - 1, Math.round(((p - scale.lo) / (scale.hi - scale.lo)) * room) - (p === scale.lo ? 0 : 1));
    ticks.push({ at: Math.max(0, at), label: options.tickLabel(10 ** p) });
  }
  const line = [...'-'.repeat(room)];
  for (const t of ticks) line[t.at] = '+';
  let labels = '';
  for (const t of ticks) {
    const w = displayWidth(t.label);
    if (t.at < displayWidth(labels) + (labels ? 1 : 0) || offset + t.at + w > options.width) continue;
    labels = padEnd(labels, t.at) + t.label;
  }
  const pad = ' '.repeat(offset);
  return [options.theme.rule(pad + line.join('')), options.theme.dim(pad + labels)];
}

function fitLabel(label: string, width: number): string {
  if (displayWidth(label) <= width) return label;
  let out = '';
  for (const ch of label) {
    if (displayWidth(out + ch) > width - 2) break;
    out += ch;
  }
  return `${out}..`;
}
