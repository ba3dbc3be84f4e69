/** lm-lint's command line: commander wiring only; the command itself is imported when it runs. */
import { InvalidArgumentError, Option } from 'commander';
import { LINT_EXAMPLES } from '../i18n/examples.js';
import { SHARED_HELP } from '../i18n/help.js';
import { LINT_HELP } from '../i18n/lint-help.js';
import type { Io } from '../io/io.js';
import { interfaceLang, type Lang } from '../io/lang.js';
import { addCompletionCommands } from './completion-command.js';
import { addExamples } from './help-text.js';
import { colorOption, createProgram, packOption, peekLang } from './program.js';

const FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;

function warningLimit(message: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(message);
    return n;
  };
}

export async function main(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const lang = interfaceLang(peekLang(argv), io.env);
  const h = LINT_HELP[lang];
  const program = createProgram('lm-lint', h.program, io, lang);
  program
    .argument('[pack...]', h.argPack)
    .addOption(packOption(lang))
    .addOption(new Option('-f, --format <name>', h.optFormat).choices(FORMATS).default('stylish'))
    .option('--fix', h.optFix)
    .option('--fix-dry-run', h.optFixDryRun)
    .option('--max-warnings <n>', h.optMaxWarnings, warningLimit(h.badMaxWarnings))
    .option('--list-rules', h.optListRules)
    .addOption(new Option('--lang <lang>', h.optLang).choices(['zh', 'en']))
    .addOption(colorOption(lang))
    .option('--no-cache', h.optNoCache)
    .action(async (packs: string[], options: Record<string, unknown>) => {
      const { lintCommand } = await import('../lint/command.js');
      code = await lintCommand(
        {
          packs,
          pack: options.pack as string | undefined,
          format: options.format as (typeof FORMATS)[number],
          fix: Boolean(options.fix),
          fixDryRun: Boolean(options.fixDryRun),
          maxWarnings: options.maxWarnings as number | undefined,
          listRules: Boolean(options.listRules),
          lang: options.lang as Lang | undefined,
          color: options.color as 'auto' | 'always' | 'never',
          cache: options.cache !== false,
        },
        io,
      );
    });
  addExamples(program, LINT_EXAMPLES, lang);
  program.addHelpText('after', `\n${SHARED_HELP[lang].exitStatus}`);
  addCompletionCommands(program, io, { '': 'dir' }, lang);
  await program.parseAsync(argv, { from: 'user' });
  return code;
}
