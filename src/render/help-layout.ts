/**
 * How a --help page is laid out, whatever its language: a term (an option, an argument, a
 * subcommand) with its meaning beside it, or under it where the terminal is too narrow for a
 * column; the Examples section; paragraphs wrapped as the reader wraps them (between CJK
 * characters too, with the kinsoku rules). src/cli/help-text.ts hands these to commander.
 */
import type { Example } from '../i18n/help.js';
import type { Lang } from '../io/lang.js';
import { displayWidth } from '../text/width.js';
import { wrapText } from '../text/wrap.js';

/** The narrowest column a meaning is wrapped in beside its term; where the terminal leaves less, it goes under the term. */
const MEANING_COLUMN = 20;
/** Where a meaning starts when it goes under its term. */
const UNDER = 6;

/** Text wrapped to `width`, keeping its own line breaks; `keep`: phrases never broken. */
export function wrapHelp(text: string, width: number, keep?: readonly string[]): string {
  return text.split(/\r\n|\n/).map((line) => wrapText(line, Math.max(10, width), Math.max(10, width), { keep }).join('\n')).join('\n');
}

/**
 * One item of a list (commander's formatItem): the term padded to `termWidth`, then its meaning
 * wrapped in the column left; where that column would be under 20 wide, the meaning under the
 * term, six columns in (commander leaves a meaning unwrapped below 40, past the terminal's edge).
 */
export function helpItem(term: string, termWidth: number, description: string, width: number): string {
  if (!description) return `  ${term}`;
  const column = 2 + termWidth + 2;
  if (width - column >= MEANING_COLUMN) {
    const [first = '', ...more] = wrapHelp(description, width - column).split('\n');
    return [`  ${term}${' '.repeat(Math.max(0, termWidth - displayWidth(term)))}  ${first}`, ...more.map((line) => ' '.repeat(column) + line)].join('\n');
  }
  return [`  ${term}`, ...wrapHelp(description, width - UNDER).split('\n').map((line) => ' '.repeat(UNDER) + line)].join('\n');
}

/** An Examples section: the commands in a column, their meaning beside them. A command longer than this gets its own line, with its meaning below it. */
const COMMAND_COLUMN = 36;

/** The section for a help `width` wide. A meaning wraps in its column; where that column would be under 20 wide, each meaning goes under its command. */
export function examplesText(rows: readonly Example[], lang: Lang, title: string, width = 80): string {
  const commands = rows.map(([command]) => (typeof command === 'string' ? command : command[lang]));
  const widest = Math.max(0, ...commands.map((command) => displayWidth(command)).filter((w) => w <= COMMAND_COLUMN)) + 4;
  const column = width - widest < MEANING_COLUMN ? UNDER : widest;
  const lines = rows.map(([, text], i) => {
    const [command, w] = [commands[i]!, displayWidth(commands[i]!)];
    const [first = '', ...more] = text[lang] ? wrapHelp(text[lang], width - column).split('\n') : [];
    const head = w + 4 <= column ? `  ${command}${' '.repeat(column - 2 - w)}${first}` : `  ${command}\n${' '.repeat(column)}${first}`;
    return [head.trimEnd(), ...more.map((line) => ' '.repeat(column) + line)].join('\n');
  });
  return `\n${title}\n${lines.join('\n')}`;
}
