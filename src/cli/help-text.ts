/**
 * How --help is laid out in both languages: commander's section titles and
 * option extras in Chinese, CJK-aware wrapping, and the Examples section.
 * The words are in src/i18n/help.ts; each binary's examples in
 * src/i18n/examples.ts.
 */
import { Help, type Command } from 'commander';
import { displayWidth } from '../text/width.js';
import { wrapText } from '../text/wrap.js';
import { SHARED_HELP, TITLES_ZH, type Example } from '../i18n/help.js';
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

export function examplesText(rows: readonly Example[], lang: Lang): string {
  const commands = rows.map(([command]) => (typeof command === 'string' ? command : command[lang]));
  const short = commands.map((command) => displayWidth(command)).filter((w) => w <= COMMAND_COLUMN);
  const width = (short.length > 0 ? Math.max(...short) : 0) + 2;
  const lines = rows.map(([, text], i) => {
    const command = commands[i]!;
    const what = text[lang];
    const w = displayWidth(command);
    if (!what) return `  ${command}`;
    return w <= COMMAND_COLUMN ? `  ${command}${' '.repeat(width - w)}${what}` : `  ${command}\n  ${' '.repeat(width)}${what}`;
  });
  return `\n${SHARED_HELP[lang].examples}\n${lines.join('\n')}`;
}

/** Adds the Examples section after a command's help; none when there are no rows. */
export function addExamples(command: Command, rows: readonly Example[] | undefined, lang: Lang): Command {
  if (!rows?.length) return command;
  // Laid out when the help is shown, not on every run that builds the program.
  return command.addHelpText('after', () => examplesText(rows, lang));
}

/** commander's boxWrap, which breaks at spaces only, as the reader wraps: also between CJK characters, with the kinsoku rules. */
function wrapHelp(text: string, width: number): string {
  if (width < 40) return text;
  return text
    .split(/\r\n|\n/)
    .map((line) => wrapText(line, width).join('\n'))
    .join('\n');
}
