/**
 * How --help is laid out in both languages: commander's section titles and
 * option extras in Chinese, CJK-aware wrapping, and the Examples section.
 * The words are in src/i18n/help.ts; each binary's examples in
 * src/i18n/examples.ts.
 */
import { Help, type Command } from 'commander';
import { displayWidth } from '../text/width.js';
import { wrapText } from '../text/wrap.js';
import { EXIT_STATUS_KEEP, SHARED_HELP, TITLES_ZH, type Example } from '../i18n/help.js';
import type { Lang } from '../io/lang.js';

/** Section titles and the built-in help option in the interface language; subcommands made later inherit them. */
export function localizeHelp(program: Command, lang: Lang): void {
  // Chinese has no spaces to wrap at and takes two columns a character.
  program.configureHelp({ ...program.configureHelp(), displayWidth, boxWrap: wrapHelp });
  if (lang === 'en') return;
  program
    .helpOption('-h, --help', SHARED_HELP.zh.help)
    .configureHelp({
      ...program.configureHelp(),
      styleTitle: (title) => TITLES_ZH[title] ?? title,
      // commander puts a space after the title ("Usage: x"); none after a full-width colon.
      formatHelp: (cmd, helper) => Help.prototype.formatHelp.call(helper, cmd, helper).replace(/^用法： /, '用法：'),
      optionDescription: (option) => withExtras(option.description, option.argChoices, option.required || option.optional ? option.defaultValue : undefined),
      argumentDescription: (argument) => withExtras(argument.description, argument.argChoices, argument.defaultValue),
    });
}

/** commander's "(choices: …, default: …)", in Chinese. */
function withExtras(description: string, choices: readonly string[] | undefined, defaultValue: unknown): string {
  const extras: string[] = [];
  if (choices) extras.push(`可选：${choices.join('、')}`);
  if (defaultValue !== undefined) extras.push(`默认：${String(defaultValue)}`);
  return extras.length > 0 ? `${description}（${extras.join('；')}）` : description;
}

/** An Examples section: the commands in a column, their meaning beside them. A command longer than this gets its own line, with its meaning below it. */
const COMMAND_COLUMN = 36;

/**
 * The section for a help `width` wide. A meaning wraps in its column, as commander wraps (not below
 * 40 columns); where that column would be under 20 wide, each meaning goes under its command.
 */
export function examplesText(rows: readonly Example[], lang: Lang, width = 80): string {
  const commands = rows.map(([command]) => (typeof command === 'string' ? command : command[lang]));
  const widest = Math.max(0, ...commands.map((command) => displayWidth(command)).filter((w) => w <= COMMAND_COLUMN)) + 4;
  const column = width >= 40 && width - widest < 20 ? 6 : widest;
  const lines = rows.map(([, text], i) => {
    const [command, w] = [commands[i]!, displayWidth(commands[i]!)];
    const [first = '', ...more] = text[lang] ? wrapText(text[lang], width < 40 ? Number.MAX_SAFE_INTEGER : width - column) : [];
    const head = w + 4 <= column ? `  ${command}${' '.repeat(column - 2 - w)}${first}` : `  ${command}\n${' '.repeat(column)}${first}`;
    return [head.trimEnd(), ...more.map((line) => ' '.repeat(column) + line)].join('\n');
  });
  return `\n${SHARED_HELP[lang].examples}\n${lines.join('\n')}`;
}

/**
 * Adds the Examples section after a command's help (none without rows), then, for a program, the exit statuses:
 * laid out when shown, for the width of the stream the help goes to, as commander wraps the rest.
 */
export function addExamples(command: Command, rows: readonly Example[] | undefined, lang: Lang, { exitStatus = false } = {}): Command {
  return command.addHelpText('after', ({ error, command: shown }) => {
    const out = shown.configureOutput();
    const width = (error ? out.getErrHelpWidth : out.getOutHelpWidth)?.() ?? 80;
    const statuses = exitStatus ? [`\n${wrapHelp(SHARED_HELP[lang].exitStatus, width, EXIT_STATUS_KEEP[lang])}`] : [];
    return [...(rows?.length ? [examplesText(rows, lang, width)] : []), ...statuses].join('\n');
  });
}

/** commander's boxWrap, which breaks at spaces only, as the reader wraps: also between CJK characters, with the kinsoku rules. */
function wrapHelp(text: string, width: number, keep?: readonly string[]): string {
  return width < 40 ? text : text.split(/\r\n|\n/).map((line) => wrapText(line, width, width, { keep }).join('\n')).join('\n');
}
