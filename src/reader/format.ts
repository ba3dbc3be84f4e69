/** Small pieces of reader screens: a command to type, a chapter's number and title. */
import { commandLine, hang } from '../render/layout.js';
import type { Theme } from '../render/theme.js';
import { sanitize } from '../text/sanitize.js';
import { displayWidth } from '../text/width.js';

export const BIN = 'lm-explain';

/** A command the reader can type, highlighted; it carries the run's `--pack`, so it runs as printed. */
export function command(ctx: { theme: Theme; packArg: string }, args: string): string {
  return ctx.theme.accent([BIN, ctx.packArg, args].filter((part) => part !== '').join(' '));
}

export { packArgument } from '../text/pack-argument.js';

/** Hints that name a command to run, which must carry `--pack` too, and the commands they keep whole. */
export const HINTS = ['moreCommands', 'quizHint', 'listHint', 'noTimelineHint', 'allRead', 'lastChapter', 'keepWhole'] as const;

export function numbered(n: number, title: string): string {
  return `${n}. ${title}`;
}

/** A label followed by a command, on one line when it fits; a command is never broken across lines (nor indented past the width). */
export function withCommand(label: string, cmd: string, width: number): string[] {
  // "Next: 2. Stages   lm-explain next", "Start reading: lm-explain show x", "开始阅读：lm-explain show x"
  const gap = label.endsWith('：') ? '' : label.endsWith(':') ? ' ' : '   ';
  const one = `${label}${gap}${cmd}`;
  if (displayWidth(one) <= width) return [one];
  return [...hang(label, width, '', '  '), commandLine('  ', cmd, width)];
}
