/** Small pieces of reader screens: a command to type, a chapter's number and title. */
import { hang } from '../render/layout.js';
import type { Theme } from '../render/theme.js';
import { displayWidth } from '../text/width.js';

export const BIN = 'lm-explain';

/** A command the reader can type, highlighted. */
export function command(theme: Theme, args: string): string {
  return theme.accent(args === '' ? BIN : `${BIN} ${args}`);
}

export function numbered(n: number, title: string): string {
  return `${n}. ${title}`;
}

/** A label followed by a command, on one line when it fits; a command is never broken across lines. */
export function withCommand(label: string, cmd: string, width: number): string[] {
  // "Next: 2. Stages   lm-explain next", "Start reading: lm-explain show x", "开始阅读：lm-explain show x"
  const gap = label.endsWith('：') ? '' : label.endsWith(':') ? ' ' : '   ';
  const one = `${label}${gap}${cmd}`;
  if (displayWidth(one) <= width) return [one];
  return [...hang(label, width, '', '  '), ...hang(cmd, width, '  ', '  ')];
}
