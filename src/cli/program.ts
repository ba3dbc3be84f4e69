/**
 * The commander set-up every binary shares: errors and help go through the
 * Io, never process.exit; a usage error prints one line and exits 2.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { commanderMessageZh } from '../i18n/commander.js';
import { SHARED_HELP } from '../i18n/help.js';
import type { Io } from '../io/io.js';
import type { Lang } from '../io/lang.js';
import { echoLine } from '../text/echo.js';
import { VERSION } from '../version.js';
import { localizeHelp } from './help-text.js';

/** commander's exits that are not errors, and print nothing of their own to translate. */
const QUIET = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version', 'commander.executeSubCommandAsync']);

/** `lang` is the language of --help (titles and the built-in options); subcommands inherit it. */
export function createProgram(name: string, description: string, io: Io, lang: Lang = 'en'): Command {
  const program = new Command(name);
  program
    .description(description)
    .version(VERSION, '-V, --version', SHARED_HELP[lang].version)
    .helpOption('-h, --help', SHARED_HELP[lang].help)
    .showSuggestionAfterError(true)
    // commander prints an error (outputError) and then exits (this callback, which has the error's code):
    // in Chinese the message waits for the code, which says how to translate it.
    .exitOverride((error) => {
      if (lang === 'zh' && error.code.startsWith('commander.') && !QUIET.has(error.code)) {
        io.stderr.write(`${name}: ${echoLine(commanderMessageZh(error.code, error.message))}\n`);
      }
      throw error;
    })
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // commander would ask process.stdout and process.stderr, which the Io may never have made (src/io/io.ts).
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
      getOutHasColors: () => false, // the help has no colour of its own (./help-text.ts)
      getErrHasColors: () => false,
      // commander quotes what the user typed in its errors: sanitised and shortened like every echo.
      outputError: (text, write) => {
        if (lang !== 'zh') write(`${name}: ${echoLine(text.replace(/^error: /, '').replace(/\n$/, ''))}\n`);
      },
    });
  // `-v` is what many users try first: the version too, unlisted.
  program.addOption(new Option('-v').hideHelp()).on('option:v', () => {
    io.stdout.write(`${VERSION}\n`);
    throw new CommanderError(0, 'commander.version', VERSION);
  });
  localizeHelp(program, lang);
  return program;
}

/** `help [command]`, for binaries with subcommands and an action of their own (which turns commander's off). */
export function addHelpCommand(program: Command, lang: Lang): Command {
  return program.helpCommand('help [command]', SHARED_HELP[lang].helpCommand);
}

/** `--pack DIR`, shared by all binaries. */
export function packOption(lang: Lang): Option {
  return new Option('--pack <dir>', SHARED_HELP[lang].pack);
}

/** `--color auto|always|never`. */
export function colorOption(lang: Lang): Option {
  return new Option('--color <when>', SHARED_HELP[lang].color).choices(['auto', 'always', 'never']).default('auto');
}

/** The options lm-explain and lm-quiz share: `--pack`, `--lang`, `--color`, and `--width` of 20 to 400 columns. */
export function addDisplayOptions(command: Command, lang: Lang, width: { description: string; rangeError: string }): Command {
  return command
    .addOption(packOption(lang))
    .addOption(new Option('--lang <lang>', SHARED_HELP[lang].lang))
    .addOption(colorOption(lang))
    .addOption(new Option('--width <n>', width.description).argParser(wholeNumber(20, 400, width.rangeError)));
}

/** Parses a whole number from `lo` to `hi`, or throws commander's usage error with `message`. */
export function wholeNumber(lo: number, hi: number, message: string): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < lo || n > hi) throw new InvalidArgumentError(message);
    return n;
  };
}

/** A count: a whole number from 1 to 1,000,000. */
export function positiveInt(option: string, lang: Lang): (value: string) => number {
  return wholeNumber(1, 1_000_000, `${option} ${SHARED_HELP[lang].count}`);
}

/** The `--lang` value, read before commander parses, so --help and usage errors use the chosen language. */
export function peekLang(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}
