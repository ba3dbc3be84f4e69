/**
 * `<bin> completion bash|zsh|fish` prints a completion script; the hidden
 * `<bin> __complete <kind>` lists pack values for it at Tab time (and stays
 * silent on any error: a completion must never print a message into a prompt).
 */
import { Argument, type Command } from 'commander';
import type { DynamicKind } from '../completion/spec.js';
import { completionExamples } from '../i18n/examples.js';
import { SHARED_HELP } from '../i18n/help.js';
import type { Io } from '../io/io.js';
import type { Lang } from '../io/lang.js';
import { addExamples } from './help-text.js';

export function addCompletionCommands(program: Command, io: Io, dynamic: Record<string, DynamicKind>, lang: Lang = 'en'): void {
  const completion = program
    .command('completion')
    .description(SHARED_HELP[lang].completion)
    .addArgument(new Argument('<shell>', SHARED_HELP[lang].shell).choices(['bash', 'zsh', 'fish']))
    .action(async (shell: 'bash' | 'zsh' | 'fish') => {
      const [{ completionScript }, { specFromProgram }] = await Promise.all([
        import('../completion/scripts.js'),
        import('../completion/spec.js'),
      ]);
      io.stdout.write(completionScript(shell, specFromProgram(program, dynamic)));
    });
  addExamples(completion, completionExamples(program.name()), lang);
  program
    .command('__complete', { hidden: true })
    .argument('<kind>')
    .option('--pack <dir>')
    .action(async (kind: string, _opts: unknown, command: Command) => {
      // --pack belongs to the program when its options are global (lm-explain, lm-lint).
      const opts = command.optsWithGlobals<{ pack?: string }>();
      try {
        const [{ candidates }, { resolvePackDir }] = await Promise.all([
          import('../completion/candidates.js'),
          import('../course/pack-files.js'),
        ]);
        const root = resolvePackDir(opts.pack, io.env);
        const list = candidates(kind as DynamicKind, root);
        if (list.length > 0) io.stdout.write(`${list.join('\n')}\n`);
      } catch {
        // nothing to offer
      }
    });
}
