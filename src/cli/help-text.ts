/**
 * --help in both languages: commander's section titles and option extras in
 * Chinese, and the layout of src/render/help-layout.ts (CJK-aware wrapping,
 * meanings under their terms on a narrow terminal, the Examples section).
 * The words are in src/i18n/help.ts; each binary's examples in
 * src/i18n/examples.ts.
 */
import { Help, type Command } from 'commander';
import { examplesText, helpItem, wrapHelp } from '../render/help-layout.js';
import { displayWidth } from '../text/width.js';
import { EXIT_STATUS_KEEP, SHARED_HELP, TITLES_ZH, type Example } from '../i18n/help.js';
import type { Lang } from '../io/lang.js';

/** Section titles and the built-in help option in the interface language; subcommands made later inherit them. */
export function localizeHelp(program: Command, lang: Lang): void {
  // Chinese has no spaces to wrap at and takes two columns a character.
  program.configureHelp({
    ...program.configureHelp(),
    displayWidth,
    boxWrap: wrapHelp,
    formatItem: (term, termWidth, description, helper) => helpItem(term, termWidth, description, helper.helpWidth ?? 80),
  });
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

/**
 * Adds the Examples section after a command's help (none without rows), then, for a program, the exit statuses:
 * laid out when shown, for the width of the stream the help goes to, as commander wraps the rest.
 */
export function addExamples(command: Command, rows: readonly Example[] | undefined, lang: Lang, { exitStatus = false } = {}): Command {
  return command.addHelpText('after', ({ error, command: shown }) => {
    const out = shown.configureOutput();
    const width = (error ? out.getErrHelpWidth : out.getOutHelpWidth)?.() ?? 80;
    const statuses = exitStatus ? [`\n${wrapHelp(SHARED_HELP[lang].exitStatus, width, EXIT_STATUS_KEEP[lang])}`] : [];
    return [...(rows?.length ? [examplesText(rows, lang, SHARED_HELP[lang].examples, width)] : []), ...statuses].join('\n');
  });
}
