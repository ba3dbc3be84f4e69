/**
 * The stages of language modelling as a vertical timeline: a node per
 * stage with its name and period, and under it the key idea, its limit,
 * representative models and where to read more, joined by a line.
 */
import { displayWidth } from '../text/width.js';
import { hang } from './layout.js';
import type { Theme } from './theme.js';

export interface TimelineStage {
  name: string;
  period: string;
  fields: { label: string; text: string }[];
}

export function renderTimeline(stages: TimelineStage[], width: number, theme: Theme, separator: string): string[] {
  const out: string[] = [];
  stages.forEach((stage, i) => {
    const last = i === stages.length - 1;
    const rail = last ? '    ' : `${theme.accent(' |')}  `;
    const node = `${theme.accent(' o')}  `;
    out.push(...hang(`${theme.strong(stage.name)}  ${theme.dim(stage.period)}`, width, node, rail));
    for (const field of stage.fields) {
      const label = `${field.label}${separator}`;
      const indent = ' '.repeat(Math.min(displayWidth(label), 12));
      out.push(...hang(`${theme.dim(label)}${field.text}`, width, rail, rail + indent));
    }
    if (!last) out.push(rail.trimEnd());
  });
  return out;
}
