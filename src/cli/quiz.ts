/**
 * lm-quiz's command line: commander wiring only. Each command's module is
 * imported when it runs, so `lm-quiz --help` loads neither the pack nor
 * Inquirer nor ts-fsrs.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { QUIZ_EXAMPLES } from '../i18n/examples.js';
import { quizMessages } from '../i18n/quiz.js';
import type { Io } from '../io/io.js';
import { BUILTIN_FIRST_LANG, interfaceLang } from '../io/lang.js';
import { addCompletionCommands } from './completion-command.js';
import { addExamples } from './help-text.js';
import { addDisplayOptions, addHelpCommand, createProgram, peekLang, positiveInt } from './program.js';

const SEED = /^[A-Za-z0-9_-]{1,64}$/;

export async function main(argv: string[], io: Io): Promise<number> {
  const lang = interfaceLang(peekLang(argv), io.env, BUILTIN_FIRST_LANG);
  const t = quizMessages(lang);
  let code = 0;
  const program = addHelpCommand(createProgram('lm-quiz', t.program, io, lang), lang);
  const common = (command: Command) => addDisplayOptions(command, lang, { description: t.optWidth, rangeError: t.widthRange });
  // Options after a subcommand belong to it; options before it, to the program.
  program.enablePositionalOptions();
  const withRoot = <T extends object>(opts: T): T => ({ ...program.opts(), ...definedOnly(opts) });
  const run = async <O extends object>(load: () => Promise<(opts: O, io: Io) => Promise<number>>, opts: O): Promise<void> => {
    code = await (await load())(withRoot(opts), io);
  };
  addExamples(program, QUIZ_EXAMPLES[''], lang, { exitStatus: true });

  common(program)
    .argument('[target]', t.argTarget)
    .option('-n, --count <n>', t.optCount, positiveInt('-n', lang))
    .option('--seed <seed>', t.optSeed, (value: string) => {
      if (!SEED.test(value)) throw new InvalidArgumentError(t.badSeed);
      return value;
    })
    .option('--answers <file>', t.optAnswers, fileName(t.fileNeeded))
    .option('--json', t.optJson)
    .option('--junit <file>', t.optJunit, fileName(t.fileNeeded))
    .addOption(new Option('--fail-under <pct>', t.optFailUnder).argParser(percent(t.failUnderRange, 0)))
    .action(async (target: string | undefined, opts) => {
      const { play } = await import('../quiz/commands/play.js');
      code = await play(target, opts, io);
    });

  common(program.command('list').description(t.listDescription)).action((opts) =>
    run(async () => (await import('../quiz/commands/list.js')).list, opts),
  );
  common(program.command('history').description(t.historyDescription))
    .option('-n, --count <n>', t.optLimit, positiveInt('-n', lang))
    .option('--json', t.optJson)
    .action((opts) => run(async () => (await import('../quiz/commands/history.js')).history, opts));
  common(program.command('stats').description(t.statsDescription))
    .option('--json', t.optJson)
    .action((opts) => run(async () => (await import('../quiz/commands/stats.js')).stats, opts));
  common(program.command('review').description(t.reviewDescription))
    .option('-n, --count <n>', t.optCount, positiveInt('-n', lang))
    .option('--missed', t.optMissed)
    .option('--weakest <n>', t.optWeakest, positiveInt('--weakest', lang))
    .action((opts) => run(async () => (await import('../quiz/commands/review.js')).review, opts));
  common(program.command('reset').description(t.resetDescription))
    .option('--topic <topic>', t.optTopic)
    .option('-y, --yes', t.optYes)
    .action((opts) => run(async () => (await import('../quiz/commands/reset.js')).reset, opts));

  const a = (await import('../i18n/analyze.js')).analyzeMessages(lang);
  common(program.command('analyze').description(a.description))
    .argument('[results...]', a.argResults)
    .option('--json', a.optJson)
    .option('--csv', a.optCsv)
    .option('--min-attempts <n>', a.optMinAttempts, positiveInt('--min-attempts', lang))
    .addOption(new Option('--easy <pct>', a.optEasy).argParser(percent(a.badNumber('--easy'), 'above 0')))
    .action(async (results: string[], opts) => {
      const { analyzeResults } = await import('../quiz/commands/analyze.js');
      code = await analyzeResults(results, withRoot(opts), io);
    });

  addCompletionCommands(program, io, { '': 'quiz' }, lang);
  for (const command of program.commands) addExamples(command, QUIZ_EXAMPLES[command.name()], lang);

  // An invalid pack is reported in the interface language (its translations load only then).
  await program.parseAsync(argv, { from: 'user' }).catch(async (error: unknown) => {
    throw (await import('../i18n/loader-messages.js')).contentErrorIn(lang, error);
  });
  return code;
}

/** Options the user did not give are left out, so the program's values show through. */
function definedOnly<T extends object>(opts: T): T {
  return Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) as T;
}

/** A file name must not be empty: '' would resolve to the working directory (and the quiz would run before failing). */
function fileName(message: string): (value: string) => string {
  return (value: string) => {
    if (value.trim() === '') throw new InvalidArgumentError(message);
    return value;
  };
}

/** A percentage, `50` or `50%`, from `lowest` (0 itself, or only above it) to 100. */
function percent(message: string, lowest: 0 | 'above 0'): (value: string) => number {
  return (value: string) => {
    const n = Number(value.replace(/%$/, ''));
    const tooLow = lowest === 0 ? n < 0 : n <= 0;
    if (value.trim() === '' || !Number.isFinite(n) || tooLow || n > 100) throw new InvalidArgumentError(message);
    return n;
  };
}
