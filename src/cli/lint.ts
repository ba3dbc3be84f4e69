/** lm-lint's command line: commander wiring only; the command itself is imported when it runs. */
import { InvalidArgumentError, Option } from 'commander';
import type { Io } from '../io/io.js';
import { colorOption, createProgram, packOption } from './program.js';

const FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;

function warningLimit(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('--max-warnings must be a whole number, 0 or more');
  return n;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = createProgram('lm-lint', 'Check course packs: format, ids, references, grounding, answers, languages and Chinese typography.', io);
  program
    .argument('[pack...]', 'pack directories to lint (default: --pack, LM_PACK, else the built-in course)')
    .addOption(packOption())
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('stylish'))
    .option('--fix', 'apply the fixable edits in place')
    .option('--fix-dry-run', 'print the edits --fix would make as a unified diff; change nothing')
    .option('--max-warnings <n>', 'exit 1 when there are more than N warnings', warningLimit)
    .option('--list-rules', 'print the rules and exit')
    .addOption(new Option('--lang <lang>', 'language of messages (default: from LC_ALL, LC_MESSAGES, LANG)').choices(['zh', 'en']))
    .addOption(colorOption())
    .addHelpText('after', '\nExit status: 0 no errors; 1 errors, or more warnings than --max-warnings;\n2 a usage error or a path that is not a readable pack.')
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
          lang: options.lang as 'zh' | 'en' | undefined,
          color: options.color as 'auto' | 'always' | 'never',
        },
        io,
      );
    });
  await program.parseAsync(argv, { from: 'user' });
  return code;
}
