/**
 * The --help text every binary shares, in Chinese and English: the built-in
 * options, the section titles, the exit-status lines, and how an Examples
 * section is laid out. Each binary's own examples are in ./examples.ts.
 */
import { Help, type Command } from 'commander';
import { displayWidth } from '../text/width.js';
import { wrapText } from '../text/wrap.js';
import type { Catalog } from '../i18n/catalog.js';
import type { Lang } from '../io/lang.js';

export const SHARED_HELP = {
  en: {
    version: 'print the version',
    help: 'show this help',
    helpCommand: 'show the help of a command',
    pack: 'use the course pack in DIR instead of the built-in one (env: LM_PACK)',
    lang: "language to use (default: from LC_ALL, LC_MESSAGES, LANG, else the pack's first)",
    color: 'colour output (env: NO_COLOR, FORCE_COLOR)',
    examples: 'Examples:',
    exitStatus: 'Exit status: 0 success; 1 the thing asked about failed (lint errors, a score\nbelow --fail-under, an invalid pack); 2 usage error or unreadable input;\n130 interrupted (Ctrl-C).',
    completion: 'print a shell completion script (bash, zsh or fish)',
    shell: 'the shell',
  },
  zh: {
    version: '显示版本号',
    help: '显示帮助',
    helpCommand: '显示某个命令的帮助',
    pack: '使用 DIR 中的课程包，而不是内置课程（环境变量：LM_PACK）',
    lang: '使用的语言（默认：取自 LC_ALL、LC_MESSAGES、LANG，否则为课程包的第一种语言）',
    color: '彩色输出（环境变量：NO_COLOR、FORCE_COLOR）',
    examples: '示例：',
    exitStatus: '退出状态：0 成功；1 所查的对象未通过（检查出错误、得分低于 --fail-under、\n课程包无效）；2 用法错误或输入无法读取；130 被中断（Ctrl-C）。',
    completion: '输出 shell 补全脚本（bash、zsh 或 fish）',
    shell: 'shell 名称',
  },
} as const satisfies Catalog<Record<string, string>>;

const TITLES_ZH: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

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

/** One example: the command line, and what it does in each language. */
export type Example = readonly [command: string, what: Catalog<string>];

/** An Examples section: the commands in a column, their meaning beside them. */
/** A command longer than this gets its own line, with its meaning below it. */
const COMMAND_COLUMN = 36;

export function examplesText(rows: readonly Example[], lang: Lang): string {
  const short = rows.map(([command]) => displayWidth(command)).filter((w) => w <= COMMAND_COLUMN);
  const width = (short.length > 0 ? Math.max(...short) : 0) + 2;
  const lines = rows.map(([command, text]) => {
    const what = text[lang];
    const w = displayWidth(command);
    if (!what) return `  ${command}`;
    return w <= COMMAND_COLUMN ? `  ${command}${' '.repeat(width - w)}${what}` : `  ${command}\n  ${' '.repeat(width)}${what}`;
  });
  return `\n${SHARED_HELP[lang].examples}\n${lines.join('\n')}`;
}

/** Adds the Examples section after a command's help. */
export function addExamples(command: Command, rows: readonly Example[], lang: Lang): Command {
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
