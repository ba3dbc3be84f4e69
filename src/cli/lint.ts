/** lm-lint's command line: commander wiring only; the command itself is imported when it runs. */
import { Option } from 'commander';
import { LINT_EXAMPLES } from '../i18n/examples.js';
import { LINT_HELP } from '../i18n/lint-help.js';
import type { Io } from '../io/io.js';
import { interfaceLang } from '../io/lang.js';
import type { LintCommandOptions } from '../lint/command.js';
import { addCompletionCommands } from './completion-command.js';
import { addExamples } from './help-text.js';
import { colorOption, createProgram, packOption, peekLang, wholeNumber } from './program.js';

const FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;

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
    .option('--max-warnings <n>', h.optMaxWarnings, wholeNumber(0, Number.MAX_SAFE_INTEGER, h.badMaxWarnings))
    .option('--list-rules', h.optListRules)
    .addOption(new Option('--lang <lang>', h.optLang).choices(['zh', 'en']))
    .addOption(colorOption(lang))
    .option('--no-cache', h.optNoCache)
    .action(async (packs: string[], options: Omit<LintCommandOptions, 'packs'>) => {
      const { lintCommand } = await import('../lint/command.js');
      // A flag that was not given is left out of commander's options, not false.
      const flags = { fix: !!options.fix, fixDryRun: !!options.fixDryRun, listRules: !!options.listRules };
      code = await lintCommand({ ...options, ...flags, packs }, io);
    });
  addExamples(program, LINT_EXAMPLES, lang, { exitStatus: true });
  addCompletionCommands(program, io, { '': 'dir' }, lang);
  await program.parseAsync(argv, { from: 'user' });
  return code;
}
