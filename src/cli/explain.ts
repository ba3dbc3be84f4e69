/**
 * `lm-explain`: commander wiring only. Each subcommand lazy-imports the
 * module that runs it, so `--help` and start-up stay fast; the interface
 * language (for --help too) comes from --lang or the locale.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { EXPLAIN_EXAMPLES } from '../i18n/examples.js';
import { readerMessages, type ReaderMessages } from '../i18n/reader.js';
import type { Io } from '../io/io.js';
import { BUILTIN_FIRST_LANG, interfaceLang } from '../io/lang.js';
import type { GlobalOptions } from '../reader/context.js';
import type { ReaderCommand } from '../reader/runner.js';
import { closest } from '../text/closest.js';
import { sanitize } from '../text/sanitize.js';
import { addCompletionCommands } from './completion-command.js';
import { addExamples } from './help-text.js';
import { addLabCommand } from './lab-command.js';
import { addDisplayOptions, addHelpCommand, createProgram, peekLang } from './program.js';

export async function main(argv: string[], io: Io): Promise<number> {
  const uiLang = interfaceLang(peekLang(argv), io.env, BUILTIN_FIRST_LANG);
  const ui = readerMessages(uiLang);
  const program = addHelpCommand(createProgram('lm-explain', ui.programDescription, io, uiLang), uiLang);
  addDisplayOptions(program, uiLang, { description: ui.optWidth, rangeError: ui.widthRange })
    .option('--no-pager', ui.optNoPager)
    .configureHelp({ ...program.configureHelp(), showGlobalOptions: true });
  addExamples(program, EXPLAIN_EXAMPLES[''], uiLang, { exitStatus: true });

  let exitCode = 0;
  const run = async <O>(load: () => Promise<ReaderCommand<O>>, options: O): Promise<void> => {
    const [{ runReader }, command] = await Promise.all([import('../reader/runner.js'), load()]);
    exitCode = await runReader(io, program.opts<GlobalOptions>(), command, options);
  };

  program.action(async () => {
    const [word] = program.args;
    if (word !== undefined) throw unknownCommand(program, word, ui);
    await run(async () => (await import('../reader/home.js')).homeCommand, {});
  });
  program
    .command('list')
    .alias('toc')
    .description(ui.listDescription)
    .option('--json', ui.optJson)
    .action((opts: { json?: boolean }) => run(async () => (await import('../reader/list.js')).listCommand, opts));
  program
    .command('show')
    .description(ui.showDescription)
    .argument('<chapter>', ui.argChapter)
    .option('--raw', ui.optRaw)
    .action((target: string, opts: { raw?: boolean }) =>
      run(async () => (await import('../reader/show.js')).showPaged, { target, raw: opts.raw }),
    );
  for (const [name, step, description] of [
    ['next', 1, ui.nextDescription],
    ['prev', -1, ui.prevDescription],
    ['resume', 0, ui.resumeDescription],
  ] as const) {
    program
      .command(name)
      .description(description)
      .action(() => run(async () => (await import('../reader/show.js')).moveCommand(step), {}));
  }
  program
    .command('search')
    .description(ui.searchDescription)
    .argument('<query...>', ui.argQuery)
    .option('--json', ui.optJson)
    .action((words: string[], opts: { json?: boolean }) =>
      run(async () => (await import('../reader/search.js')).searchCommand, { query: words.join(' '), json: opts.json }),
    );
  program
    .command('term')
    .alias('define')
    .description(ui.termDescription)
    .argument('[term...]', ui.argTerm)
    .action((words: string[]) =>
      words.length === 0
        ? run(async () => (await import('../reader/glossary.js')).glossaryCommand, {})
        : run(async () => (await import('../reader/term.js')).termCommand, { term: words.join(' ') }),
    );
  program
    .command('glossary')
    .description(ui.glossaryDescription)
    .action(() => run(async () => (await import('../reader/glossary.js')).glossaryCommand, {}));
  program
    .command('models')
    .description(ui.modelsDescription)
    .addOption(new Option('--origin <origin>', ui.optOrigin).choices(['international', 'china']))
    .action((opts: { origin?: 'international' | 'china' }) => run(async () => (await import('../reader/models.js')).modelsCommand, opts));
  program
    .command('timeline')
    .description(ui.timelineDescription)
    .action(() => run(async () => (await import('../reader/timeline.js')).timelineCommand, {}));
  addLabCommand(program, io, uiLang, (code) => (exitCode = code));
  addCompletionCommands(program, io, { show: 'chapter', term: 'term' }, uiLang);
  for (const command of program.commands) addExamples(command, EXPLAIN_EXAMPLES[command.name()], uiLang);
  // Words the root does not know reach its action, which names the closest command (set after the
  // subcommands are made, so they keep rejecting extra arguments).
  program.allowExcessArguments(true);

  // An invalid pack is reported in the interface language (its translations load only then).
  await program.parseAsync(argv, { from: 'user' }).catch(async (error: unknown) => {
    throw (await import('../i18n/loader-messages.js')).contentErrorIn(uiLang, error);
  });
  return exitCode;
}

function unknownCommand(program: Command, word: string, ui: ReaderMessages): UsageError {
  const names = program.commands.filter((c) => !(c as unknown as { _hidden: boolean })._hidden).flatMap((c) => [c.name(), ...c.aliases()]);
  const near = closest(word, names);
  return new UsageError(ui.unknownCommand(sanitize(word), near), near.length > 0 ? [] : [ui.helpHint]);
}
